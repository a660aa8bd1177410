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
import vn.nennep.common.ReportQueries;
import vn.nennep.organizations.Organization;
import vn.nennep.resolutions.Metric;
import vn.nennep.resolutions.Resolution;
import vn.nennep.resolutions.ResolutionService;

/** A resolution's effect: the meeting metrics of its scope in the months before its issue date and from it. */
@ApplicationScoped
public class EffectService {

    /** How many months each side spans when the caller does not say, and the most it may ask. */
    public static final int DEFAULT_MONTHS = 6;
    public static final int MAX_MONTHS = 60;

    private final Access access;
    private final ResolutionService resolutions;
    private final EvaluationQueries queries;
    private final EntityManager em;

    public EffectService(Access access, ResolutionService resolutions, EvaluationQueries queries, EntityManager em) {
        this.access = access;
        this.resolutions = resolutions;
        this.queries = queries;
        this.em = em;
    }

    /**
     * Averages over the held meetings of the resolution's scope (within the caller's reach) in the {@code months}
     * before the issue date and the {@code months} from it: attendance rate, opinions, minutes, and thematic meetings
     * per branch per quarter (thematic meetings ÷ branches with a held meeting in the window ÷ months/3).
     */
    @Transactional
    public Effect effect(UUID id, int months) {
        Resolution resolution = resolutions.readable(id);
        Organization scope = Organization.findById(resolution.scopeOrganizationId);
        LocalDate issued = resolution.issuedOn;
        LocalDate beforeFrom = issued.minusMonths(months);
        LocalDate afterTo = issued.plusMonths(months);
        ReportQueries.prepare(em);
        @SuppressWarnings("unchecked")
        List<Tuple> rows = em.createNativeQuery(queries.effect(), Tuple.class)
                .setParameter("issuedTs", Figures.start(issued))
                .setParameter("fromTs", Figures.start(beforeFrom))
                .setParameter("toTs", Figures.start(afterTo))
                .setParameter("scope", scope.path)
                .setParameter("own", Figures.own(access))
                .getResultList();
        Tuple before = null;
        Tuple after = null;
        for (Tuple row : rows) {
            if ("before".equals(row.get("period", String.class))) {
                before = row;
            } else {
                after = row;
            }
        }
        BigDecimal quarters = BigDecimal.valueOf(months).divide(BigDecimal.valueOf(3), 6, RoundingMode.HALF_UP);
        BigDecimal thematicBefore = perBranchQuarter(before, quarters);
        BigDecimal thematicAfter = perBranchQuarter(after, quarters);
        List<EffectItem> items = List.of(
                item(Metric.ATTENDANCE_RATE, before, after, "attendance_rate"),
                item(Metric.OPINION_COUNT, before, after, "opinion_count"),
                item(Metric.DURATION_MINUTES, before, after, "duration_minutes"),
                new EffectItem(Metric.THEMATIC_PER_QUARTER, thematicBefore, thematicAfter,
                        change(thematicBefore, thematicAfter), meetings(before), meetings(after)));
        return new Effect(id, issued, months, beforeFrom, afterTo.minusDays(1), items);
    }

    private static EffectItem item(Metric metric, Tuple before, Tuple after, String column) {
        BigDecimal b = average(before, column);
        BigDecimal a = average(after, column);
        return new EffectItem(metric, b, a, change(b, a), meetings(before), meetings(after));
    }

    private static BigDecimal average(Tuple row, String column) {
        BigDecimal value = row == null ? null : Figures.decimal(row, column);
        return value == null ? null : Figures.plain(value.setScale(2, RoundingMode.HALF_UP));
    }

    private static BigDecimal perBranchQuarter(Tuple row, BigDecimal quarters) {
        if (row == null || Figures.count(row, "branches") == 0) {
            return null;
        }
        return Figures.plain(BigDecimal.valueOf(Figures.count(row, "thematic"))
                .divide(BigDecimal.valueOf(Figures.count(row, "branches")).multiply(quarters), 2,
                        RoundingMode.HALF_UP));
    }

    private static BigDecimal change(BigDecimal before, BigDecimal after) {
        return before == null || after == null ? null : Figures.plain(after.subtract(before));
    }

    private static long meetings(Tuple row) {
        return row == null ? 0 : Figures.count(row, "meetings");
    }
}
