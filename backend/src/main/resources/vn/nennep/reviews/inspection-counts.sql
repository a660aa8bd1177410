-- /reports/inspections, the year's inspections by how far they went: held = reached IN_PROGRESS or later (a start
-- day recorded, or a status past PLANNED other than CANCELLED); concluded = CONCLUDED or CLOSED.
with {{inspections}}
select count(*) as planned,
       count(*) filter (where started_on is not null or status in ('IN_PROGRESS', 'CONCLUDED', 'CLOSED')) as held,
       count(*) filter (where status in ('CONCLUDED', 'CLOSED')) as concluded,
       count(*) filter (where status = 'CLOSED') as closed,
       count(*) filter (where status = 'CANCELLED') as cancelled
from ins
