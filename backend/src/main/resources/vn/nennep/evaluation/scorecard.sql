-- /reports/scorecard: each branch of the subtree :within in a local quarter [fromTs, toTs), in one query for the
-- whole subtree, a page of them ({{order}}, then :size rows from :first) with the count of all (total). Target
-- verdicts are the meeting-level ones of verdicts.sql (what each meeting's /evaluation lists), counted over the
-- branch's held meetings of the quarter; thematic meetings are numbered with a window.
with branches as (
    select o.id, o.name, o.path, c.id as commune_id, c.name as commune_name
    from organizations o join organizations c on c.id = o.parent_id
    where o.type = 'BRANCH' and o.path like :within || '%'
),
ms as (
    select m.id, m.branch_id, m.kind, m.theme, m.members_total, m.exempt, m.present, m.opinion_count,
           m.duration_minutes, m.combined, d.local_day,
           date_trunc('quarter', d.local_day::timestamp)::date as quarter,
           count(*) filter (where m.kind = 'THEMATIC')
               over (partition by m.branch_id order by m.started_at) as thematic_so_far,
           m.score_band
    from meetings m
    join branches o on o.id = m.branch_id
    cross join lateral (select (m.started_at at time zone 'Asia/Ho_Chi_Minh')::date as local_day) d
    where m.held and m.started_at >= :fromTs and m.started_at < :toTs
),
res as (
    select r.id, r.effective_from, r.effective_to, s.path as scope_path
    from resolutions r join organizations s on s.id = r.scope_organization_id
),
kinds as (
    select distinct kind, theme from meetings
    where held and started_at >= :fromTs and started_at < :toTs
),
{{verdicts}},
verdict_counts as (
    select branch_id,
           sum(coalesce((a_judged and a_passed)::int, 0) + (o_judged and o_passed)::int
               + (d_judged and d_passed)::int + (q_judged and q_passed)::int) as passed,
           sum(coalesce((a_judged and not a_passed)::int, 0) + (o_judged and not o_passed)::int
               + (d_judged and not d_passed)::int + (q_judged and not q_passed)::int) as failed
    from judged group by branch_id
),
held as (
    select branch_id, count(*) as meetings, count(*) filter (where kind = 'THEMATIC') as thematic,
           round(avg(present * 100.0 / nullif(members_total - coalesce(exempt, 0), 0)), 1) as attendance,
           round(avg(opinion_count), 2) as opinions,
           round(avg(duration_minutes), 1) as duration
    from ms group by branch_id
),
bands as (
    select distinct on (branch_id) branch_id, score_band
    from ms where score_band is not null
    group by branch_id, score_band
    order by branch_id, count(*) desc,
             case score_band when 'GOOD' then 1 when 'FAIR' then 2 when 'AVERAGE' then 3 else 4 end
)
select b.id as branch_id, b.name as branch_name, b.commune_id, b.commune_name,
       coalesce(h.meetings, 0) as meetings_held, coalesce(h.thematic, 0) as thematic_held,
       h.attendance as average_attendance_rate, h.opinions as average_opinions,
       h.duration as average_duration_minutes, coalesce(v.passed, 0) as targets_passed,
       coalesce(v.failed, 0) as targets_failed, bd.score_band as band,
       count(*) over () as total
from branches b
left join held h on h.branch_id = b.id
left join verdict_counts v on v.branch_id = b.id
left join bands bd on bd.branch_id = b.id
order by {{order}}
limit :size offset :first
