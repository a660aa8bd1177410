-- /meetings/{id}/attendance-rule: the members of the meeting :id whose excused absences in a row exceed :max, over
-- the rolls of the branch's held meetings in the meeting's local calendar year (Asia/Ho_Chi_Minh) up to and
-- including it, in order of start; any other status on a member's roll line ends that member's streak. A member
-- may be listed once per streak.
with this as (
    select m.id, m.branch_id, coalesce(m.started_at, m.scheduled_at, m.created_at) as at,
           date_trunc('year', coalesce(m.started_at, m.scheduled_at, m.created_at)
                              at time zone 'Asia/Ho_Chi_Minh') at time zone 'Asia/Ho_Chi_Minh' as year_start
    from meetings m where m.id = :id
),
lines as (
    select m.id, m.started_at, a.value ->> 'memberId' as member_id, a.value ->> 'status' as status
    from this t
    join meetings m on m.branch_id = t.branch_id and m.held and m.started_at is not null
                   and m.started_at >= t.year_start and (m.started_at < t.at or m.id = t.id
                       or m.started_at = t.at and m.id < t.id)
    cross join lateral jsonb_array_elements(coalesce(m.attendance, '[]'::jsonb)) a
),
islands as (
    select member_id, status,
           row_number() over (partition by member_id order by started_at, id)
           - row_number() over (partition by member_id, status order by started_at, id) as island
    from lines
)
select member_id
from islands
where status = 'EXCUSED'
group by member_id, island
having count(*) > :max
