-- /reports/inspections, the year's findings about organizations of the subtree, by area and rating (the pairs that
-- occur), in the order of the areas and ratings.
with {{inspections}}
select f ->> 'area' as area, f ->> 'rating' as rating, count(*) as count
from ins
cross join jsonb_array_elements(ins.findings) f
join organizations o on o.id::text = f ->> 'organizationId'
where o.path like :within || '%'
group by 1, 2
order by array_position(array['DOCUMENTS_ISSUED', 'ACTION_PLAN', 'MODELS', 'TARGET_RESULTS', 'COMPLETION_TIME',
                              'OTHER'], f ->> 'area'),
         array_position(array['GOOD', 'SATISFACTORY', 'SHORTCOMINGS', 'VIOLATIONS'], f ->> 'rating')
