-- /reports/action-plans: every action plan of the grassroots organizations in the subtree :within, of the study plan
-- :studyPlan and the document :resolution ('' for any), with its outcome and whether it is overdue on :today (local).
select a.id, a.study_plan_id, p.number as study_plan_number, a.resolution_id, r.number as resolution_number,
       a.organization_id, o.name as organization_name, a.status, a.due_on, a.first_submitted_on, a.submitted_on,
       {{outcome}} as outcome,
       (a.status in ('PENDING', 'RETURNED') and cast(:today as date) > a.due_on) as overdue
from action_plans a
join organizations o on o.id = a.organization_id
join study_plans p on p.id = a.study_plan_id
join resolutions r on r.id = a.resolution_id
where o.path like :within || '%'
  and (:studyPlan = '' or a.study_plan_id = cast(nullif(:studyPlan, '') as uuid))
  and (:resolution = '' or a.resolution_id = cast(nullif(:resolution, '') as uuid))
order by r.number, o.name, a.id
