-- The outcome of an action plan `a` on the local day :today, one definition for the action-plan report and the
-- yearly review: the first submission decides on time or late; never submitted is missing once past due.
case when a.first_submitted_on is not null
          then case when a.first_submitted_on <= a.due_on then 'ON_TIME' else 'LATE' end
     when cast(:today as date) > a.due_on then 'MISSING'
     else 'NOT_DUE' end
