package vn.nennep.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The evaluation's queries compose at start-up: every slot filled, no header comment sent, and the evaluation of a
 * meeting and the scorecard judging by the same verdicts fragment.
 */
class EvaluationQueriesTest {

    private final EvaluationQueries queries = new EvaluationQueries();

    @Test
    void everyQueryIsComplete() {
        String scorecard = queries.scorecard("b.name asc nulls last, b.name, b.commune_name, b.id");
        for (String sql : List.of(queries.meetingEvaluation(), queries.compliance(), queries.effect(), scorecard,
                queries.attendanceStreaks())) {
            assertFalse(sql.contains("{{"), sql);
            assertFalse(sql.startsWith("--"), sql);
            assertFalse(sql.contains("\n--"), sql);
        }
        assertTrue(scorecard.contains("order by b.name asc nulls last, b.name, b.commune_name, b.id\nlimit :size"));
    }

    @Test
    void theEvaluationAndTheScorecardShareTheVerdicts() {
        String scorecard = queries.scorecard("b.id");
        String verdicts = queries.meetingEvaluation().substring(queries.meetingEvaluation().indexOf("sizes as ("),
                queries.meetingEvaluation().indexOf("\nselect v.target_id"));
        assertTrue(verdicts.contains("rules as materialized (") && verdicts.endsWith("where v.judged\n)"), verdicts);
        assertTrue(scorecard.contains(verdicts), "the scorecard holds the evaluation's verdicts");
        assertTrue(queries.compliance().contains(verdicts.substring(verdicts.indexOf("candidates as ("),
                verdicts.indexOf("reach as materialized"))), "the compliance chooses targets by the same rules");
        String evaluated = "in ('ATTENDANCE_RATE', 'OPINION_COUNT', 'DURATION_MINUTES', 'THEMATIC_PER_QUARTER')";
        assertEquals(2, queries.compliance().split(Pattern.quote(evaluated), -1).length - 1,
                "the evaluated metrics are listed in the target rules and the final select");
    }
}
