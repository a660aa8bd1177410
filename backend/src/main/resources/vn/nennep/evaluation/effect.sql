-- /resolutions/{id}/effect: averages over the held meetings of the scope (within :own) in [fromTs, toTs), one row
-- for the meetings before the issue date (:issuedTs) and one for those from it.
select case when m.started_at < :issuedTs then 'before' else 'after' end as period,
       count(*) as meetings,
       avg(m.present * 100.0 / nullif(m.members_total - coalesce(m.exempt, 0), 0)) as attendance_rate,
       avg(m.opinion_count) as opinion_count,
       avg(m.duration_minutes) as duration_minutes,
       count(*) filter (where m.kind = 'THEMATIC') as thematic,
       count(distinct m.branch_id) as branches
from meetings m
join organizations o on o.id = m.branch_id
where m.held and m.started_at >= :fromTs and m.started_at < :toTs
  and o.path like :scope || '%' and o.path like :own || '%'
group by 1
