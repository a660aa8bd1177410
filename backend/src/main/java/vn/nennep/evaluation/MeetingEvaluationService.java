package vn.nennep.evaluation;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.hibernate.Session;
import org.postgresql.PGStatement;
import vn.nennep.meetings.MeetingKind;
import vn.nennep.meetings.MeetingService;
import vn.nennep.resolutions.Comparison;
import vn.nennep.resolutions.Metric;
import vn.nennep.resolutions.TargetRules;

/**
 * A stored meeting against every target in force for its branch on its local date
 * ({@code /meetings/{id}/evaluation}). The SQL ({@code meeting-evaluation.sql}, with the shared verdicts) selects the
 * targets and judges; {@link TargetRules} words the reasons, and must agree with the SQL (EvaluationTest).
 */
@ApplicationScoped
public class MeetingEvaluationService {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final MeetingService meetings;
    private final EvaluationQueries queries;
    private final EntityManager em;

    public MeetingEvaluationService(MeetingService meetings, EvaluationQueries queries, EntityManager em) {
        this.meetings = meetings;
        this.queries = queries;
        this.em = em;
    }

    /** One row of the query: the target as specified, the meeting as recorded, and the SQL's verdict. */
    private record Verdict(TargetRules.Spec spec, TargetRules.MeetingFacts facts, UUID resolutionId,
            String resolutionNumber, BigDecimal required, BigDecimal actual, boolean passed) {

        static Verdict of(ResultSet rs) throws SQLException {
            String targetKind = (String) rs.getObject("target_kind");
            TargetRules.Spec spec = new TargetRules.Spec((UUID) rs.getObject("target_id"),
                    Metric.valueOf((String) rs.getObject("metric")),
                    Comparison.valueOf((String) rs.getObject("comparator")), (BigDecimal) rs.getObject("threshold"),
                    tiers((String) rs.getObject("tiers")), targetKind == null ? null : MeetingKind.valueOf(targetKind),
                    (String) rs.getObject("target_theme"), (BigDecimal) rs.getObject("combined_threshold"));
            TargetRules.MeetingFacts facts = new TargetRules.MeetingFacts(
                    MeetingKind.valueOf((String) rs.getObject("kind")), (String) rs.getObject("theme"),
                    integer(rs.getObject("members_total")), integer(rs.getObject("exempt")),
                    integer(rs.getObject("present")), (Integer) rs.getObject("opinion_count"),
                    (Integer) rs.getObject("duration_minutes"), (Boolean) rs.getObject("combined"));
            return new Verdict(spec, facts, (UUID) rs.getObject("resolution_id"),
                    (String) rs.getObject("resolution_number"), Figures.plain((BigDecimal) rs.getObject("need")),
                    Figures.plain((BigDecimal) rs.getObject("actual")), (Boolean) rs.getObject("passed"));
        }
    }

    /**
     * The meeting against every target in force for its branch on its local date; empty for a meeting not held.
     *
     * <p>Planning the query (a chain of CTEs) costs several times what running it costs for one meeting, so the
     * statement is prepared on the server at its first use on a connection and planned once there, generically
     * ({@code plan_cache_mode = force_generic_plan}): every plan is index lookups of one meeting, its branch and the
     * resolutions' targets, whatever the meeting (measured by bench/run).
     */
    @Transactional
    public List<MeetingEvaluationItem> meeting(UUID id, Locale locale) {
        meetings.requireReadable(id);
        em.createNativeQuery("select set_config('plan_cache_mode', 'force_generic_plan', true)").getSingleResult();
        List<Verdict> verdicts = em.unwrap(Session.class).doReturningWork(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(queries.meetingEvaluation())) {
                statement.unwrap(PGStatement.class).setPrepareThreshold(1);
                statement.setObject(1, id);
                List<Verdict> result = new ArrayList<>();
                try (ResultSet rs = statement.executeQuery()) {
                    while (rs.next()) {
                        result.add(Verdict.of(rs));
                    }
                }
                return result;
            }
        });
        List<MeetingEvaluationItem> items = new ArrayList<>();
        for (Verdict v : verdicts) {
            TargetRules.Evaluation evaluation = TargetRules.explain(v.spec(), v.facts(), v.required(), v.actual(),
                    v.passed());
            items.add(new MeetingEvaluationItem(v.spec().id(), v.resolutionId(), v.resolutionNumber(),
                    v.spec().metric(), v.required(), v.actual(), v.passed(), evaluation.reason(locale)));
        }
        return items;
    }

    private static int integer(Object value) {
        return value == null ? 0 : ((Number) value).intValue();
    }

    private static List<TargetRules.Tier> tiers(String json) {
        if (json == null) {
            return null;
        }
        try {
            return JSON.readValue(json, new TypeReference<List<TargetRules.Tier>>() {
            });
        } catch (Exception e) {
            throw new IllegalStateException("unreadable tiers: " + json, e);
        }
    }
}
