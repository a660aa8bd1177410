-- /meetings/{id}/evaluation: the meeting (its one parameter, ?) against every target in force for its branch on its
-- local date, one row per target, in the order of the resolutions' issue and of the metrics. Nothing for a meeting
-- not held. Run as a server-prepared statement (MeetingEvaluationService says why).
with ms as (
    select m.id, m.branch_id, m.kind, m.theme, m.members_total, m.exempt, m.present, m.opinion_count,
           m.duration_minutes, m.combined, d.local_day,
           (select count(*) from meetings q
            where q.branch_id = m.branch_id and q.held and q.kind = 'THEMATIC'
              and q.started_at >= date_trunc('quarter', d.local_day::timestamp)
                                  at time zone 'Asia/Ho_Chi_Minh'
              and q.started_at <= m.started_at) as thematic_so_far
    from meetings m
    cross join lateral (select (m.started_at at time zone 'Asia/Ho_Chi_Minh')::date as local_day) d
    where m.id = ? and m.held and m.started_at is not null
),
res as (
    select r.id, r.effective_from, r.effective_to, s.path as scope_path
    from resolutions r join organizations s on s.id = r.scope_organization_id
),
kinds as (
    select kind, theme from ms
),
{{verdicts}}
select v.target_id, v.resolution_id, r.number as resolution_number, v.metric, v.comparator, t.threshold,
       t.tiers::text as tiers, t.meeting_kind as target_kind, t.theme as target_theme, t.combined_threshold,
       v.kind, v.theme, v.members_total, coalesce(v.exempt, 0) as exempt, v.present, v.opinion_count,
       v.duration_minutes, v.need, v.actual, v.passed, v.combined
from verdicts v
join resolutions r on r.id = v.resolution_id
join targets t on t.id = v.target_id
order by r.issued_on, r.number, case v.metric when 'ATTENDANCE_RATE' then 1 when 'OPINION_COUNT' then 2
         when 'DURATION_MINUTES' then 3 else 4 end
