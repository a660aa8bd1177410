package vn.nennep.evaluation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import vn.nennep.auth.Access;
import vn.nennep.common.BadParameter;
import vn.nennep.common.CsvExport;
import vn.nennep.common.NotFound;
import vn.nennep.common.PageQuery;
import vn.nennep.common.PageResponse;
import vn.nennep.common.ReportQueries;
import vn.nennep.meetings.ScoreBand;
import vn.nennep.organizations.Organization;

/**
 * {@code /reports/scorecard}: each branch of a subtree in a local quarter, in one SQL query for the whole subtree
 * ({@code scorecard.sql}). Target verdicts are the meeting-level ones each meeting's {@code /evaluation} lists,
 * counted over the branch's held meetings of the quarter.
 */
@ApplicationScoped
public class ScorecardService {

    private final Access access;
    private final EvaluationQueries queries;
    private final EntityManager em;

    public ScorecardService(Access access, EvaluationQueries queries, EntityManager em) {
        this.access = access;
        this.queries = queries;
        this.em = em;
    }

    /** A page of rows, sorted by any column ({@link ScorecardSort}), in one query for the subtree. */
    @Transactional
    public PageResponse<ScorecardRow> scorecard(UUID organizationId, Quarter quarter, PageQuery page) {
        Organization organization = readable(organizationId);
        List<Tuple> rows = rows(organization, quarter.firstDay(), page, page.size(), page.first());
        long total = rows.isEmpty() ? 0 : Figures.count(rows.get(0), "total");
        if (rows.isEmpty() && page.page() > 0) {
            total = ((Number) em.createNativeQuery("select count(*) from organizations where type = 'BRANCH'"
                    + " and path like :within || '%'").setParameter("within", organization.path).getSingleResult())
                    .longValue();
        }
        return PageResponse.of(rows.stream().map(ScorecardService::row).toList(), page, total);
    }

    /** Every row, for a CSV export: one query, not one per page; more than {@link CsvExport#LIMIT} is a 400. */
    @Transactional
    public List<ScorecardRow> all(UUID organizationId, Quarter quarter, PageQuery page) {
        List<Tuple> rows = rows(readable(organizationId), quarter.firstDay(), page, CsvExport.LIMIT + 1, 0);
        if (rows.size() > CsvExport.LIMIT) {
            throw new BadParameter("size", "export.tooMany", Figures.count(rows.get(0), "total"), CsvExport.LIMIT);
        }
        return rows.stream().map(ScorecardService::row).toList();
    }

    /** The subtree's root, readable by the caller. */
    private Organization readable(UUID organizationId) {
        Organization organization = Organization.findById(organizationId);
        if (organization == null) {
            throw new NotFound("resource.organization", organizationId);
        }
        access.requireRead(organization);
        return organization;
    }

    private List<Tuple> rows(Organization organization, LocalDate from, PageQuery page, int size, long first) {
        ReportQueries.prepare(em);
        @SuppressWarnings("unchecked")
        List<Tuple> rows = em.createNativeQuery(queries.scorecard(ScorecardSort.orderBy(page)), Tuple.class)
                .setParameter("within", organization.path)
                .setParameter("fromTs", Figures.start(from))
                .setParameter("toTs", Figures.start(from.plusMonths(3)))
                .setParameter("size", size)
                .setParameter("first", first)
                .getResultList();
        return rows;
    }

    private static ScorecardRow row(Tuple r) {
        String band = r.get("band", String.class);
        return new ScorecardRow(r.get("branch_id", UUID.class), r.get("branch_name", String.class),
                r.get("commune_id", UUID.class), r.get("commune_name", String.class),
                Figures.count(r, "meetings_held"), Figures.count(r, "thematic_held"),
                Figures.plain(Figures.decimal(r, "average_attendance_rate")),
                Figures.plain(Figures.decimal(r, "average_opinions")),
                Figures.plain(Figures.decimal(r, "average_duration_minutes")), Figures.count(r, "targets_passed"),
                Figures.count(r, "targets_failed"), band == null ? null : ScoreBand.valueOf(band));
    }
}
