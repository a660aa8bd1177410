-- Fragment {{rules}}: which target each resolution sets, and what it requires, per meeting kind and theme and per
-- number of members on the roll.
--
-- Given kinds (meeting kind and theme pairs), sizes (size_key: members on the roll, -1 when unknown) and res
-- (candidate resolutions), defines rules: per resolution, kind_key (kind, or kind/theme) and size_key, the most
-- specific target of each evaluated metric (theme 2 > meeting kind 1 > all 0; on a tie the oldest) and its
-- requirement (the tier holding the members on the roll, half-open), side by side: a_* attendance, o_* opinions,
-- d_* duration (d_combined: the target's threshold for a combined meeting), q_* thematic meetings per quarter.
candidates as (
    select k.kind || coalesce('/' || k.theme, '') as kind_key, t.id as target_id, t.resolution_id,
           t.metric, t.comparator, t.threshold, t.tiers, t.meeting_kind, t.theme as target_theme,
           t.combined_threshold, t.created_at as target_created,
           case when t.theme is not null then 2
                when t.meeting_kind is not null then 1 else 0 end as specificity
    from kinds k
    cross join res r
    join targets t on t.resolution_id = r.id
    where t.metric in {{evaluated}}
      and (t.meeting_kind is null or t.meeting_kind = k.kind)
      and (t.theme is null
           or k.theme is not null and strpos(nennep_fold(k.theme), nennep_fold(t.theme)) > 0)
),
chosen as (
    select distinct on (kind_key, resolution_id, metric) *
    from candidates
    order by kind_key, resolution_id, metric, specificity desc, target_created, target_id
),
needs as (
    select c.*, s.size_key,
           case when c.tiers is null then c.threshold
                else (select x.threshold
                      from jsonb_to_recordset(c.tiers)
                           as x("minMembers" int, "maxMembers" int, threshold numeric)
                      where s.size_key >= x."minMembers"
                        and (x."maxMembers" is null or s.size_key < x."maxMembers")
                      order by x."minMembers" limit 1) end as need
    from chosen c
    cross join sizes s
),
rules as materialized (
    select resolution_id, kind_key, size_key,
           (array_agg(target_id) filter (where metric = 'ATTENDANCE_RATE'))[1] as a_target,
           (array_agg(comparator) filter (where metric = 'ATTENDANCE_RATE'))[1] as a_cmp,
           (array_agg(need) filter (where metric = 'ATTENDANCE_RATE'))[1] as a_need,
           (array_agg(target_id) filter (where metric = 'OPINION_COUNT'))[1] as o_target,
           (array_agg(comparator) filter (where metric = 'OPINION_COUNT'))[1] as o_cmp,
           (array_agg(need) filter (where metric = 'OPINION_COUNT'))[1] as o_need,
           (array_agg(target_id) filter (where metric = 'DURATION_MINUTES'))[1] as d_target,
           (array_agg(comparator) filter (where metric = 'DURATION_MINUTES'))[1] as d_cmp,
           (array_agg(need) filter (where metric = 'DURATION_MINUTES'))[1] as d_need,
           (array_agg(combined_threshold) filter (where metric = 'DURATION_MINUTES'))[1] as d_combined,
           (array_agg(target_id) filter (where metric = 'THEMATIC_PER_QUARTER'))[1] as q_target,
           (array_agg(comparator) filter (where metric = 'THEMATIC_PER_QUARTER'))[1] as q_cmp,
           (array_agg(need) filter (where metric = 'THEMATIC_PER_QUARTER'))[1] as q_need
    from needs
    group by resolution_id, kind_key, size_key
)
