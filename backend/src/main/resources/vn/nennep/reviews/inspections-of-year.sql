-- The inspections and supervisions planned in the year [fromDay, toDay) that name a subject organization of the
-- subtree :within: those decided inside the subtree (their subjects are in it) and those decided above about one of
-- its organizations. A fragment: the CTE `ins`.
ins as (
    select i.*
    from inspections i
    where i.planned_from >= :fromDay and i.planned_from < :toDay
      and exists (select 1
                  from jsonb_array_elements_text(i.subject_organization_ids) s(id)
                  join organizations o on o.id::text = s.id
                  where o.path like :within || '%')
)
