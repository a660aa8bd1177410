package vn.nennep.reports;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import io.quarkus.panache.common.Sort;
import vn.nennep.auth.Access;
import vn.nennep.common.BadParameter;
import vn.nennep.common.CsvExport;
import vn.nennep.common.ListParams;
import vn.nennep.common.NotFound;
import vn.nennep.common.PageQuery;
import vn.nennep.common.PageResponse;
import vn.nennep.common.Params;
import vn.nennep.common.ReportQueries;
import vn.nennep.common.Time;
import vn.nennep.meetings.ScoreBand;
import vn.nennep.organizations.Organization;
import vn.nennep.resolutions.EvaluationService;

/**
 * {@code /reports/scorecard}: each branch of a subtree in a local quarter, in one SQL query for the whole subtree.
 * Target verdicts are the meeting-level ones of {@link EvaluationService#VERDICTS} (what each meeting's
 * {@code /evaluation} lists), counted over the branch's held meetings of the quarter.
 */
@ApplicationScoped
public class ScorecardService {

    private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q([1-4])");

    private static final String SCORECARD = """
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
            {verdicts},
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
            select b.id, b.name, b.commune_id, b.commune_name, coalesce(h.meetings, 0), coalesce(h.thematic, 0),
                   h.attendance, h.opinions, h.duration, coalesce(v.passed, 0), coalesce(v.failed, 0), bd.score_band,
                   count(*) over () as total
            from branches b
            left join held h on h.branch_id = b.id
            left join verdict_counts v on v.branch_id = b.id
            left join bands bd on bd.branch_id = b.id
            order by {order}
            limit :size offset :first
            """.replace("{verdicts}", EvaluationService.VERDICTS);

    /**
     * Each column of a row as the final select sorts it: the API's name, then the SQL. A band sorts by quality (POOR,
     * AVERAGE, FAIR, GOOD ascending); rows without a value (no meeting, nothing scored) come last either way; ties are
     * broken by branch name, commune name and id.
     */
    private static final Map<String, String> ORDER = Map.ofEntries(
            Map.entry("branchName", "b.name"),
            Map.entry("communeName", "b.commune_name"),
            Map.entry("meetingsHeld", "coalesce(h.meetings, 0)"),
            Map.entry("thematicHeld", "coalesce(h.thematic, 0)"),
            Map.entry("averageAttendanceRate", "h.attendance"),
            Map.entry("averageOpinions", "h.opinions"),
            Map.entry("averageDurationMinutes", "h.duration"),
            Map.entry("targetsPassed", "coalesce(v.passed, 0)"),
            Map.entry("targetsFailed", "coalesce(v.failed, 0)"),
            Map.entry("band", "case bd.score_band when 'POOR' then 1 when 'AVERAGE' then 2 when 'FAIR' then 3"
                    + " when 'GOOD' then 4 end"));
    private static final String TIE_BREAK = "b.name, b.commune_name, b.id";
    private static final Map<String, String> SORTABLE = ORDER.keySet().stream()
            .collect(Collectors.toMap(Function.identity(), Function.identity()));

    private final Access access;
    private final EntityManager em;

    public ScorecardService(Access access, EntityManager em) {
        this.access = access;
        this.em = em;
    }

    /**
     * One branch in one quarter, beside its grassroots organization (the commune: several communes have a "Chi bộ thôn
     * An Tây"). {@code meetingsHeld} and {@code thematicHeld} count its held meetings; the averages and the band are
     * null when it held none (or scored none): no meeting is not a meeting of 0 minutes. {@code band} is the score
     * sheets' most frequent band; {@code targetsPassed}/{@code targetsFailed} count the target verdicts of its meetings:
     * two separate things, a GOOD band beside failed targets included.
     */
    public record Row(UUID branchId, String branchName, UUID communeId, String communeName, long meetingsHeld,
            long thematicHeld, BigDecimal averageAttendanceRate, BigDecimal averageOpinions,
            BigDecimal averageDurationMinutes, long targetsPassed, long targetsFailed, ScoreBand band) {
    }

    /** A page of rows, sorted by any column ({@code sort}, default branch name), in one query for the subtree. */
    @Transactional
    public PageResponse<Row> scorecard(String organizationParam, String quarterParam, ListParams paging) {
        PageQuery page = PageQuery.parse(paging, SORTABLE, "branchName,asc");
        Scope scope = scope(organizationParam, quarterParam);
        Organization organization = scope.organization();
        List<Object[]> rows = rows(organization, scope.from(), page, page.size(), page.first());
        long total = rows.isEmpty() ? 0 : number(rows.get(0)[12]);
        if (rows.isEmpty() && page.page() > 0) {
            total = number(em.createNativeQuery("select count(*) from organizations where type = 'BRANCH'"
                    + " and path like :within || '%'").setParameter("within", organization.path).getSingleResult());
        }
        return PageResponse.of(rows.stream().map(ScorecardService::row).toList(), page, total);
    }

    /** Every row, for a CSV export: one query, not one per page; more than {@link CsvExport#LIMIT} is a 400. */
    @Transactional
    public List<Row> all(String organizationParam, String quarterParam, ListParams paging) {
        PageQuery page = PageQuery.parse(paging, SORTABLE, "branchName,asc");
        Scope scope = scope(organizationParam, quarterParam);
        List<Object[]> rows = rows(scope.organization(), scope.from(), page, CsvExport.LIMIT + 1, 0);
        if (rows.size() > CsvExport.LIMIT) {
            throw new BadParameter("size", "export.tooMany", number(rows.get(0)[12]), CsvExport.LIMIT);
        }
        return rows.stream().map(ScorecardService::row).toList();
    }

    /** The subtree's root, readable by the caller, and the quarter's first day. */
    private record Scope(Organization organization, LocalDate from) {
    }

    private Scope scope(String organizationParam, String quarterParam) {
        if (organizationParam == null || organizationParam.isBlank()) {
            throw new BadParameter("organizationId", "error.param.required");
        }
        UUID organizationId = Params.uuid("organizationId", organizationParam);
        LocalDate from = quarterStart(quarterParam);
        Organization organization = Organization.findById(organizationId);
        if (organization == null) {
            throw new NotFound("resource.organization", organizationId);
        }
        access.requireRead(organization);
        return new Scope(organization, from);
    }

    private List<Object[]> rows(Organization organization, LocalDate from, PageQuery page, int size, long first) {
        StringBuilder order = new StringBuilder();
        for (Sort.Column column : page.sort().getColumns()) {
            String sql = ORDER.get(column.getName());
            if (sql != null) {
                order.append(sql).append(column.getDirection() == Sort.Direction.Descending ? " desc" : " asc")
                        .append(" nulls last, ");
            }
        }
        ReportQueries.prepare(em);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(SCORECARD.replace("{order}", order + TIE_BREAK))
                .setParameter("within", organization.path)
                .setParameter("fromTs", start(from))
                .setParameter("toTs", start(from.plusMonths(3)))
                .setParameter("size", size)
                .setParameter("first", first)
                .getResultList();
        return rows;
    }

    private static Row row(Object[] r) {
        return new Row((UUID) r[0], (String) r[1], (UUID) r[2], (String) r[3], number(r[4]), number(r[5]),
                plain(r[6]), plain(r[7]), plain(r[8]), number(r[9]), number(r[10]),
                r[11] == null ? null : ScoreBand.valueOf((String) r[11]));
    }

    /** The first local day of {@code YYYY-Qn}; 400 naming {@code quarter} otherwise. */
    static LocalDate quarterStart(String quarter) {
        Matcher matcher = quarter == null ? null : QUARTER.matcher(quarter.trim());
        if (matcher == null || !matcher.matches()) {
            throw new BadParameter("quarter", "report.param.quarter", quarter == null ? "" : quarter);
        }
        return LocalDate.of(Integer.parseInt(matcher.group(1)), (Integer.parseInt(matcher.group(2)) - 1) * 3 + 1, 1);
    }

    private static OffsetDateTime start(LocalDate day) {
        return day.atStartOfDay(Time.LOCAL).toOffsetDateTime();
    }

    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }

    private static BigDecimal plain(Object value) {
        if (value == null) {
            return null;
        }
        BigDecimal stripped = ((BigDecimal) value).stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
