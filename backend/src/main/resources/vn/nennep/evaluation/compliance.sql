-- /resolutions/{id}/compliance: per non-INDICATOR target of the resolution, meetings (for THEMATIC_PER_QUARTER:
-- branch-quarters with any held meeting) evaluated and passed, branches evaluated and passing (every evaluated
-- meeting or quarter passed). The period [fromTs, toTs) is already inside the resolution's effective one; :within and
-- :own narrow the subtree (empty: no narrowing).
--
-- The same verdicts as verdicts.sql, made cheaper for a province's year (bench/README.md): what a meeting must reach
-- depends only on its shape (kind, theme, members on the roll, exempt, combined), so each shape's bars are worked out
-- once, in whole numbers (bars: attendance as the fewest (GTE) or most (LTE) members present, e.g. 85 % of 19 members
-- is 17, since 16 x 100 < 85 x 19 <= 17 x 100), and each meeting is compared with its shape's bars in integers. bars
-- is materialized so that its arithmetic stays per shape instead of being copied into the per-meeting join.
with res as (
    select r.id, r.effective_from, r.effective_to, s.path as scope_path
    from resolutions r join organizations s on s.id = r.scope_organization_id
    where r.id = :resolution
),
reach as materialized (
    select b.id as branch_id
    from organizations b
    where b.type = 'BRANCH' and b.path like :scope || '%' and b.path like :within || '%'
      and b.path like :own || '%'
),
shapes as materialized (
    select distinct kind, theme, coalesce(members_total, -1) as size_key,
           coalesce(exempt, 0) as exempt_key, coalesce(combined, false) as combined
    from meetings
    where held and started_at >= :fromTs and started_at < :toTs
),
kinds as (
    select distinct kind, theme from shapes
),
sizes as (
    select distinct size_key from shapes
),
{{rules}},
bars as materialized (
    select h.kind, coalesce(h.theme, '') as theme_key, h.size_key, h.exempt_key, h.combined,
           c.a_target, c.o_target, c.d_target,
           case when c.a_target is null or c.a_need is null or h.size_key - h.exempt_key <= 0 then null
                when c.a_cmp = 'GTE' then ceil(c.a_need * (h.size_key - h.exempt_key) / 100.0)::int
                else floor(c.a_need * (h.size_key - h.exempt_key) / 100.0)::int end as a_bar,
           c.a_cmp = 'GTE' as a_min,
           case when c.o_target is null or c.o_need is null then null
                when c.o_cmp = 'GTE' then ceil(c.o_need)::int else floor(c.o_need)::int end as o_bar,
           c.o_cmp = 'GTE' as o_min,
           case when c.d_target is null or d.need is null then null
                when c.d_cmp = 'GTE' then ceil(d.need)::int else floor(d.need)::int end as d_bar,
           c.d_cmp = 'GTE' as d_min
    from shapes h
    join rules c on c.kind_key = h.kind || coalesce('/' || h.theme, '') and c.size_key = h.size_key
    cross join lateral (select case when h.combined and c.d_combined is not null then c.d_combined
                                    else c.d_need end as need) d
),
states as (
    select m.branch_id, c.a_target, c.o_target, c.d_target,
           case when c.a_bar is null then 0
                when case when c.a_min then m.present >= c.a_bar else m.present <= c.a_bar end then 1
                when case when c.a_min then m.present < c.a_bar else m.present > c.a_bar end then 2
                else 3 end as a_s,
           case when c.o_bar is null then 0
                when coalesce(case when c.o_min then m.opinion_count >= c.o_bar
                                   else m.opinion_count <= c.o_bar end, false) then 1
                else 2 end as o_s,
           case when c.d_bar is null then 0
                when coalesce(case when c.d_min then m.duration_minutes >= c.d_bar
                                   else m.duration_minutes <= c.d_bar end, false) then 1
                else 2 end as d_s
    from meetings m
    join reach b on b.branch_id = m.branch_id
    join bars c on c.kind = m.kind and c.theme_key = coalesce(m.theme, '')
               and c.size_key = coalesce(m.members_total, -1) and c.exempt_key = coalesce(m.exempt, 0)
               and c.combined = coalesce(m.combined, false)
    where m.held and m.started_at >= :fromTs and m.started_at < :toTs
    offset 0
),
per_branch as (
    select branch_id, a_target, o_target, d_target,
           count(*) filter (where a_s > 0) as a_n, count(*) filter (where a_s = 1) as a_ok,
           count(*) filter (where a_s = 2) as a_bad,
           count(*) filter (where o_s > 0) as o_n, count(*) filter (where o_s = 1) as o_ok,
           count(*) filter (where o_s = 2) as o_bad,
           count(*) filter (where d_s > 0) as d_n, count(*) filter (where d_s = 1) as d_ok,
           count(*) filter (where d_s = 2) as d_bad
    from states
    group by branch_id, a_target, o_target, d_target
),
units as (
    select u.target_id, p.branch_id, u.n, u.ok, u.bad
    from per_branch p
    cross join lateral (values (p.a_target, p.a_n, p.a_ok, p.a_bad), (p.o_target, p.o_n, p.o_ok, p.o_bad),
                               (p.d_target, p.d_n, p.d_ok, p.d_bad)) as u(target_id, n, ok, bad)
    where u.n > 0
    union all
    select t.id, bq.branch_id, 1,
           case when (case t.comparator when 'GTE' then bq.thematic >= t.threshold
                      else bq.thematic <= t.threshold end) then 1 else 0 end,
           case when not (case t.comparator when 'GTE' then bq.thematic >= t.threshold
                          else bq.thematic <= t.threshold end) then 1 else 0 end
    from targets t
    cross join (select m.branch_id,
                       date_trunc('quarter', m.started_at at time zone 'Asia/Ho_Chi_Minh') as quarter,
                       count(*) filter (where m.kind = 'THEMATIC') as thematic
                from meetings m
                join reach b on b.branch_id = m.branch_id
                where m.held and m.started_at >= :fromTs and m.started_at < :toTs
                group by 1, 2) bq
    where t.resolution_id = :resolution and t.metric = 'THEMATIC_PER_QUARTER'
),
branches as (
    select target_id, branch_id, sum(n) as evaluated, sum(ok) as passed, sum(bad) as failed
    from units group by target_id, branch_id
),
counts as (
    select target_id, sum(evaluated) as evaluated, sum(passed) as passed, count(*) as branches,
           count(*) filter (where failed = 0 and passed > 0) as passing
    from branches group by target_id
)
select t.id as target_id, t.metric, coalesce(u.evaluated, 0) as evaluated, coalesce(u.passed, 0) as passed,
       coalesce(u.branches, 0) as branches, coalesce(u.passing, 0) as passing, t.title as target_title
from targets t
left join counts u on u.target_id = t.id
where t.resolution_id = :resolution and t.metric in {{evaluated}}
order by t.created_at, t.id
