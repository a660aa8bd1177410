-- /reports/yearly-review, the members of the branch :branch (only :member when not ''), over the local year
-- [fromTs, toTs): from the roll calls of the branch's held meetings, how often each was present, excused, absent
-- without leave (a meeting recorded by counts only has no roll and counts for nobody); the remarks made about the
-- member (by roster id) after sessions started in the year; and the tasks of those meetings whose assignee is the
-- member: meetings name assignees as text, so the name is compared with the roster's folded (case, diacritics and
-- spaces at the ends ignored). A task carried to a later meeting is counted once, at its first meeting of the year;
-- it is done when its status is DONE (a carried copy reported done closes the task it continues).
with roster as (
    select id, full_name
    from members
    where organization_id = cast(:branch as uuid) and (:member = '' or id = cast(nullif(:member, '') as uuid))
),
ms as (
    select m.attendance, m.tasks
    from meetings m
    where m.branch_id = cast(:branch as uuid) and m.held and m.started_at >= :fromTs and m.started_at < :toTs
),
roll as (
    select a ->> 'memberId' as member_id,
           count(*) filter (where a ->> 'status' = 'PRESENT') as attended,
           count(*) filter (where a ->> 'status' = 'EXCUSED') as excused,
           count(*) filter (where a ->> 'status' = 'UNEXCUSED') as unexcused
    from ms cross join jsonb_array_elements(coalesce(ms.attendance, '[]'::jsonb)) a
    group by 1
),
tasks as (
    select t from ms cross join jsonb_array_elements(ms.tasks) t
),
firsts as (
    select nennep_fold(btrim(t ->> 'assigneeName')) as assignee, t ->> 'status' as status
    from tasks
    where t ->> 'assigneeName' is not null
      and (t ->> 'carriedFromTaskId' is null
           or not exists (select 1 from tasks o where o.t ->> 'id' = tasks.t ->> 'carriedFromTaskId'))
),
task_counts as (
    select r.id, count(*) as assigned, count(*) filter (where f.status = 'DONE') as done
    from roster r join firsts f on f.assignee = nennep_fold(btrim(r.full_name))
    group by r.id
),
remarks as (
    select sr.member_id,
           count(*) filter (where sr.kind = 'LATE') as late,
           count(*) filter (where sr.kind = 'INCOMPLETE_ATTENDANCE') as incomplete,
           count(*) filter (where sr.kind = 'NOT_SERIOUS') as not_serious,
           count(*) filter (where sr.kind = 'ABSENT_WITHOUT_LEAVE') as absent,
           count(*) filter (where sr.kind = 'PRAISED') as praised
    from study_remarks sr
    join roster r on r.id = sr.member_id
    join study_sessions s on s.id = sr.session_id
    where s.starts_at >= :fromTs and s.starts_at < :toTs
    group by sr.member_id
)
select r.id as member_id, r.full_name, rl.attended, rl.excused, rl.unexcused,
       rm.late, rm.incomplete, rm.not_serious, rm.absent, rm.praised,
       tc.assigned as tasks_assigned, tc.done as tasks_done
from roster r
left join roll rl on rl.member_id = r.id::text
left join remarks rm on rm.member_id = r.id
left join task_counts tc on tc.id = r.id
order by r.full_name, r.id
