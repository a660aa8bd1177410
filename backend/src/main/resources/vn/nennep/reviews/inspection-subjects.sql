-- /reports/inspections, per organization of the subtree that one of the year's inspections names (as a subject, or
-- in a finding or remedy): the inspections naming it as a subject, its findings by rating, its remedies by status,
-- open ones overdue when due before :today (local). The remedies' totals are the sums of these rows.
with {{inspections}},
subjects as (
    select s.id, count(distinct ins.id) as inspections
    from ins cross join jsonb_array_elements_text(ins.subject_organization_ids) s(id)
    group by s.id
),
findings as (
    select f ->> 'organizationId' as id,
           count(*) filter (where f ->> 'rating' = 'GOOD') as good,
           count(*) filter (where f ->> 'rating' = 'SATISFACTORY') as satisfactory,
           count(*) filter (where f ->> 'rating' = 'SHORTCOMINGS') as shortcomings,
           count(*) filter (where f ->> 'rating' = 'VIOLATIONS') as violations
    from ins cross join jsonb_array_elements(ins.findings) f
    group by 1
),
remedies as (
    select r ->> 'organizationId' as id, count(*) as total,
           count(*) filter (where r ->> 'status' = 'OPEN') as open,
           count(*) filter (where r ->> 'status' = 'OPEN' and (r ->> 'dueOn')::date < cast(:today as date))
               as overdue,
           count(*) filter (where r ->> 'status' = 'DONE') as done,
           count(*) filter (where r ->> 'status' = 'WAIVED') as waived
    from ins cross join jsonb_array_elements(ins.remedies) r
    group by 1
),
named as (
    select id from subjects union select id from findings union select id from remedies
)
select o.id as organization_id, o.name as organization_name, coalesce(s.inspections, 0) as inspections,
       f.good, f.satisfactory, f.shortcomings, f.violations,
       r.total as remedies_total, r.open as remedies_open, r.overdue as remedies_overdue, r.done as remedies_done,
       r.waived as remedies_waived
from named n
join organizations o on o.id::text = n.id
left join subjects s on s.id = n.id
left join findings f on f.id = n.id
left join remedies r on r.id = n.id
where o.path like :within || '%'
order by o.name, o.id
