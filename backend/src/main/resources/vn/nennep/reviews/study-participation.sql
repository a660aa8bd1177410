-- /reports/study-participation: the study sessions held (started by :now) by organizations of the subtree :within,
-- started in [fromTs, toTs), of the document :resolution ('' for any), one row per (document, audience, organization
-- holding them). Every bridge point and the hall is one count: expected, attended, walk-ins (attended beyond
-- expected) and counted (attended up to expected, what the rate counts); the rate itself is made from counted and
-- expected by the application, with the sessions' own rounding, for the rows and their totals alike.
with sessions as (
    select s.id, s.organization_id, s.audience, p.resolution_id, s.in_person_expected, s.in_person_attended,
           s.bridge_points
    from study_sessions s
    join study_plans p on p.id = s.study_plan_id
    join organizations o on o.id = s.organization_id
    where o.path like :within || '%'
      and s.starts_at <= :now and s.starts_at >= :fromTs and s.starts_at < :toTs
      and (:resolution = '' or p.resolution_id = cast(nullif(:resolution, '') as uuid))
),
counts as (
    select s.id, c.expected, c.attended
    from sessions s
    cross join lateral (
        select (bp ->> 'expected')::int as expected, (bp ->> 'attended')::int as attended
        from jsonb_array_elements(s.bridge_points) bp
        union all
        select s.in_person_expected, s.in_person_attended
        where s.in_person_expected is not null or s.in_person_attended is not null
    ) c
),
per_session as (
    select id, sum(coalesce(expected, 0)) as expected, sum(coalesce(attended, 0)) as attended,
           sum(greatest(coalesce(attended, 0) - coalesce(expected, 0), 0)) as walk_ins,
           sum(least(coalesce(attended, 0), coalesce(expected, 0))) as counted
    from counts group by id
),
remarks as (
    select r.session_id,
           count(*) filter (where r.kind = 'LATE') as late,
           count(*) filter (where r.kind = 'INCOMPLETE_ATTENDANCE') as incomplete,
           count(*) filter (where r.kind = 'NOT_SERIOUS') as not_serious,
           count(*) filter (where r.kind = 'ABSENT_WITHOUT_LEAVE') as absent,
           count(*) filter (where r.kind = 'PRAISED') as praised
    from study_remarks r join sessions s on s.id = r.session_id
    group by r.session_id
)
select s.resolution_id, res.number as resolution_number, s.audience, s.organization_id, o.name as organization_name,
       count(*) as sessions_held,
       coalesce(sum(ps.expected), 0) as expected, coalesce(sum(ps.attended), 0) as attended,
       coalesce(sum(ps.walk_ins), 0) as walk_ins, coalesce(sum(ps.counted), 0) as counted,
       coalesce(sum(rm.late), 0) as late, coalesce(sum(rm.incomplete), 0) as incomplete,
       coalesce(sum(rm.not_serious), 0) as not_serious, coalesce(sum(rm.absent), 0) as absent,
       coalesce(sum(rm.praised), 0) as praised
from sessions s
join resolutions res on res.id = s.resolution_id
join organizations o on o.id = s.organization_id
left join per_session ps on ps.id = s.id
left join remarks rm on rm.session_id = s.id
group by s.resolution_id, res.number, s.audience, s.organization_id, o.name
order by res.number,
         array_position(array['KEY_CADRES', 'REPORTERS_COMMENTATORS', 'MASS_ORGANIZATION_MEMBERS', 'ALL_MEMBERS'],
                        s.audience::text),
         o.name, s.organization_id
