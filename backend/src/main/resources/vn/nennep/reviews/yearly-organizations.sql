-- /reports/yearly-review, the organizations: :root and every district, grassroots organization and branch below it
-- (the subtree :within), over the local year [fromTs, toTs) (days [fromDay, toDay)). What only some levels have is
-- counted over each row's subtree, through the ancestors of the path of the organization that has it (meetings,
-- held by branches; action plans due in the year, of grassroots organizations); what concerns an organization by
-- name is its own (study sessions it held, started by :now; remarks naming it; findings and remedies about it in the
-- inspections planned in the year). Attendance and bands as the scorecard: the mean of the meetings' rates, and per
-- quarter the most frequent band of the scored meetings, on a tie the better. Rows in tree order, siblings by name.
with orgs as (
    select o.id, o.name, o.type, o.parent_id, o.path,
           (select array_agg(a.name order by u.ord)
            from unnest(string_to_array(trim(both '/' from o.path), '/')) with ordinality u(id, ord)
            join organizations a on a.id::text = u.id) as name_path
    from organizations o
    where o.path like :within || '%'
      and (o.id = cast(:root as uuid) or o.type in ('DISTRICT', 'GRASSROOTS', 'BRANCH'))
),
ms as (
    select a.id as org, m.kind, m.present, m.members_total, m.exempt, m.score_band,
           extract(quarter from (m.started_at at time zone 'Asia/Ho_Chi_Minh'))::int as q
    from meetings m
    join organizations b on b.id = m.branch_id
    cross join lateral unnest(string_to_array(trim(both '/' from b.path), '/')) a(id)
    where b.path like :within || '%' and m.held and m.started_at >= :fromTs and m.started_at < :toTs
),
meet as (
    select org, count(*) as held, count(*) filter (where kind = 'REGULAR') as regular,
           count(*) filter (where kind = 'THEMATIC') as thematic,
           round(avg(present * 100.0 / nullif(members_total - coalesce(exempt, 0), 0)), 1) as attendance
    from ms group by org
),
bands as (
    select distinct on (org, q) org, q, score_band
    from ms where score_band is not null
    group by org, q, score_band
    order by org, q, count(*) desc,
             case score_band when 'GOOD' then 1 when 'FAIR' then 2 when 'AVERAGE' then 3 else 4 end
),
quarters as (
    select org, max(score_band) filter (where q = 1) as q1, max(score_band) filter (where q = 2) as q2,
           max(score_band) filter (where q = 3) as q3, max(score_band) filter (where q = 4) as q4
    from bands group by org
),
sessions as (
    select s.organization_id::text as org, count(*) as held
    from study_sessions s join orgs o on o.id = s.organization_id
    where s.starts_at >= :fromTs and s.starts_at < :toTs and s.starts_at <= :now
    group by 1
),
remarks as (
    select r.organization_id::text as org,
           count(*) filter (where r.kind = 'LATE') as late,
           count(*) filter (where r.kind = 'INCOMPLETE_ATTENDANCE') as incomplete,
           count(*) filter (where r.kind = 'NOT_SERIOUS') as not_serious,
           count(*) filter (where r.kind = 'ABSENT_WITHOUT_LEAVE') as absent,
           count(*) filter (where r.kind = 'PRAISED') as praised
    from study_remarks r
    join study_sessions s on s.id = r.session_id
    join orgs o on o.id = r.organization_id
    where s.starts_at >= :fromTs and s.starts_at < :toTs
    group by 1
),
outcomes as (
    select {{outcome}} as outcome, p.path
    from action_plans a join organizations p on p.id = a.organization_id
    where p.path like :within || '%' and a.due_on >= :fromDay and a.due_on < :toDay
),
plans as (
    select u.id as org, count(*) filter (where outcome = 'ON_TIME') as on_time,
           count(*) filter (where outcome = 'LATE') as late, count(*) filter (where outcome = 'MISSING') as missing,
           count(*) filter (where outcome = 'NOT_DUE') as not_due
    from outcomes cross join lateral unnest(string_to_array(trim(both '/' from outcomes.path), '/')) u(id)
    group by 1
),
ins as (
    select i.findings, i.remedies from inspections i
    where i.planned_from >= :fromDay and i.planned_from < :toDay
),
findings as (
    select f ->> 'organizationId' as org,
           count(*) filter (where f ->> 'rating' = 'GOOD') as good,
           count(*) filter (where f ->> 'rating' = 'SATISFACTORY') as satisfactory,
           count(*) filter (where f ->> 'rating' = 'SHORTCOMINGS') as shortcomings,
           count(*) filter (where f ->> 'rating' = 'VIOLATIONS') as violations
    from ins cross join jsonb_array_elements(ins.findings) f
    group by 1
),
remedies as (
    select r ->> 'organizationId' as org, count(*) filter (where r ->> 'status' = 'OPEN') as open,
           count(*) filter (where r ->> 'status' = 'OPEN' and (r ->> 'dueOn')::date < cast(:today as date))
               as overdue
    from ins cross join jsonb_array_elements(ins.remedies) r
    group by 1
)
select o.id as organization_id, o.name as organization_name, o.type, o.parent_id,
       m.held as meetings_held, m.regular as regular_held, m.thematic as thematic_held,
       m.attendance as average_attendance_rate, qb.q1, qb.q2, qb.q3, qb.q4,
       ss.held as study_sessions_held,
       rm.late, rm.incomplete, rm.not_serious, rm.absent, rm.praised,
       pl.on_time, pl.late as plans_late, pl.missing, pl.not_due,
       f.good, f.satisfactory, f.shortcomings, f.violations,
       rd.open as remedies_open, rd.overdue as remedies_overdue
from orgs o
left join meet m on m.org = o.id::text
left join quarters qb on qb.org = o.id::text
left join sessions ss on ss.org = o.id::text
left join remarks rm on rm.org = o.id::text
left join plans pl on pl.org = o.id::text
left join findings f on f.org = o.id::text
left join remedies rd on rd.org = o.id::text
order by o.name_path, o.id
