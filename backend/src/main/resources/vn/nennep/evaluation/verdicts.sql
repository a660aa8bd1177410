-- Fragment {{verdicts}}: the verdict of every target in force on every meeting, the one definition that the
-- evaluation of a meeting and the scorecard share (the compliance counts the same verdicts its own way, and
-- ComplianceTest holds the two together). It must agree with TargetRules, which words the reasons.
--
-- Given ms (held meetings: id, branch_id, kind, theme, the counts, combined, local_day and thematic_so_far, the
-- branch's thematic meetings in that local quarter up to this one), res (candidate resolutions with scope_path) and
-- kinds (meeting kind and theme pairs, at least those of ms; more only cost a little), defines:
--   reach    each branch of ms with the resolutions whose scope holds it;
--   judged   one row per meeting and resolution in force, the four metrics side by side (x_judged, x_passed);
--   verdicts one row per meeting, resolution and judged metric: the target, its requirement (need; for
--            DURATION_MINUTES of a combined meeting the target's combined threshold when it has one), the actual
--            figure and whether it passes.
--
-- Fast over a province (bench/README.md): the target choice and the tier lookup depend only on the kind and theme
-- and the members on the roll, so they are made once per pair and per roll size (chosen, rules) and joined to the
-- meetings by equality, instead of per meeting; the scope test is made once per branch (reach). Callers take kinds
-- from the meetings table rather than from ms, so that the planner knows it is small.
sizes as (
    select distinct coalesce(members_total, -1) as size_key from ms
),
{{rules}},
reach as materialized (
    select b.id as branch_id, r.id as resolution_id, r.effective_from, r.effective_to
    from organizations b
    join res r on b.path like r.scope_path || '%'
    where b.id in (select branch_id from ms)
),
judged as not materialized (
    select q.*,
           coalesce(q.a_target is not null and q.a_need is not null and q.must_attend > 0, false)
               as a_judged,
           case q.a_cmp when 'GTE' then q.present * 100.0 >= q.a_need * q.must_attend
                        else q.present * 100.0 <= q.a_need * q.must_attend end as a_passed,
           q.o_target is not null and q.o_need is not null as o_judged,
           coalesce(case q.o_cmp when 'GTE' then q.opinion_count >= q.o_need
                                 else q.opinion_count <= q.o_need end, false) as o_passed,
           q.d_target is not null and q.d_need is not null as d_judged,
           coalesce(case q.d_cmp when 'GTE' then q.duration_minutes >= q.d_need
                                 else q.duration_minutes <= q.d_need end, false) as d_passed,
           q.q_target is not null and q.q_need is not null as q_judged,
           coalesce(case q.q_cmp when 'GTE' then q.thematic_so_far >= q.q_need
                                 else q.thematic_so_far <= q.q_need end, false) as q_passed
    from (
        select ms.id, ms.branch_id, ms.kind, ms.theme, ms.members_total, ms.exempt, ms.present,
               ms.opinion_count, ms.duration_minutes, ms.combined, ms.thematic_so_far, r.resolution_id,
               ms.members_total - coalesce(ms.exempt, 0) as must_attend,
               c.a_target, c.a_cmp, c.a_need, c.o_target, c.o_cmp, c.o_need, c.d_target, c.d_cmp,
               case when ms.combined and c.d_combined is not null then c.d_combined
                    else c.d_need end as d_need,
               c.q_target, c.q_cmp, c.q_need
        from ms
        join reach r on r.branch_id = ms.branch_id
                    and ms.local_day >= r.effective_from
                    and (r.effective_to is null or ms.local_day <= r.effective_to)
        join rules c on c.resolution_id = r.resolution_id
                    and c.kind_key = ms.kind || coalesce('/' || ms.theme, '')
                    and c.size_key = coalesce(ms.members_total, -1)
    ) q
),
verdicts as (
    select j.id, j.branch_id, j.kind, j.theme, j.members_total, j.exempt, j.present, j.opinion_count,
           j.duration_minutes, j.combined, j.resolution_id, v.metric, v.target_id, v.comparator, v.need,
           v.actual, v.passed
    from judged j
    cross join lateral (values
        ('ATTENDANCE_RATE', j.a_judged, j.a_target, j.a_cmp, j.a_need,
         round(j.present * 100.0 / nullif(j.must_attend, 0), 2), j.a_passed),
        ('OPINION_COUNT', j.o_judged, j.o_target, j.o_cmp, j.o_need, j.opinion_count::numeric,
         j.o_passed),
        ('DURATION_MINUTES', j.d_judged, j.d_target, j.d_cmp, j.d_need, j.duration_minutes::numeric,
         j.d_passed),
        ('THEMATIC_PER_QUARTER', j.q_judged, j.q_target, j.q_cmp, j.q_need, j.thematic_so_far::numeric,
         j.q_passed))
        as v(metric, judged, target_id, comparator, need, actual, passed)
    where v.judged
)
