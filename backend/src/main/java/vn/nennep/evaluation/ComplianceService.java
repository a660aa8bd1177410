package vn.nennep.evaluation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import vn.nennep.auth.Access;
import vn.nennep.common.NotFound;
import vn.nennep.common.ReportQueries;
import vn.nennep.common.Time;
import vn.nennep.organizations.Organization;
import vn.nennep.resolutions.Metric;
import vn.nennep.resolutions.Resolution;
import vn.nennep.resolutions.ResolutionService;

/**
 * How the meetings of a resolution's subtree meet each of its targets over a period ({@code compliance.sql}): the
 * same verdicts as each meeting's evaluation, counted per meeting and per branch (ComplianceTest holds them together).
 */
@ApplicationScoped
public class ComplianceService {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final Access access;
    private final ResolutionService resolutions;
    private final EvaluationQueries queries;
    private final EntityManager em;

    public ComplianceService(Access access, ResolutionService resolutions, EvaluationQueries queries,
            EntityManager em) {
        this.access = access;
        this.resolutions = resolutions;
        this.queries = queries;
        this.em = em;
    }

    /**
     * The resolution's targets over the meetings of its scope (within {@code organizationId}'s subtree when given, and
     * always within the caller's reach) held on local dates [from, to] inside its effective period; {@code from}
     * defaults to the effective date, {@code to} to today or the end of the effective period.
     */
    @Transactional
    public Compliance compliance(UUID id, LocalDate fromParam, LocalDate toParam, UUID organizationId) {
        Resolution resolution = resolutions.readable(id);
        String within = "";
        if (organizationId != null) {
            Organization organization = Organization.findById(organizationId);
            if (organization == null) {
                throw new NotFound("resource.organization", organizationId);
            }
            access.requireSeeAnchoredAt(organization);
            within = organization.path;
        }
        LocalDate from = fromParam;
        LocalDate to = toParam;
        LocalDate today = Time.now().atZoneSameInstant(Time.LOCAL).toLocalDate();
        if (from == null || from.isBefore(resolution.effectiveFrom)) {
            from = resolution.effectiveFrom;
        }
        if (to == null) {
            to = resolution.effectiveTo == null || resolution.effectiveTo.isAfter(today) ? today
                    : resolution.effectiveTo;
        } else if (resolution.effectiveTo != null && to.isAfter(resolution.effectiveTo)) {
            to = resolution.effectiveTo;
        }
        ReportQueries.prepareWithoutNestedLoops(em);
        @SuppressWarnings("unchecked")
        List<Tuple> rows = em.createNativeQuery(queries.compliance(), Tuple.class)
                .setParameter("resolution", id)
                .setParameter("scope", Organization.<Organization>findById(resolution.scopeOrganizationId).path)
                .setParameter("fromTs", Figures.start(from))
                .setParameter("toTs", Figures.start(to.plusDays(1)))
                .setParameter("within", within)
                .setParameter("own", Figures.own(access))
                .getResultList();
        return new Compliance(id, organizationId, from, to, rows.stream().map(ComplianceService::item).toList());
    }

    private static ComplianceItem item(Tuple row) {
        long evaluated = Figures.count(row, "evaluated");
        long passed = Figures.count(row, "passed");
        long branches = Figures.count(row, "branches");
        long passing = Figures.count(row, "passing");
        BigDecimal rate = evaluated == 0 ? BigDecimal.ZERO : percent(passed, evaluated);
        return new ComplianceItem(row.get("target_id", UUID.class), row.get("target_title", String.class),
                Metric.valueOf(row.get("metric", String.class)), evaluated, passed, branches, passing, rate,
                branches == 0 ? null : percent(passing, branches));
    }

    /** {@code part} ÷ {@code whole} × 100, one decimal (half up), without trailing zeros: 55 of 68 is 80.9. */
    static BigDecimal percent(long part, long whole) {
        return Figures.plain(BigDecimal.valueOf(part).multiply(HUNDRED)
                .divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP));
    }
}
