package vn.nennep.evaluation;

import io.quarkus.runtime.Startup;
import jakarta.inject.Singleton;
import vn.nennep.common.SqlText;

/**
 * The evaluation's SQL, read once at start-up from the {@code .sql} files beside this class
 * ({@code src/main/resources/vn/nennep/evaluation/}), each file saying what its query answers and why it has its shape.
 * This class is the one owner of the verdict vocabulary: {@code verdicts.sql} (with {@code target-rules.sql} and
 * {@code evaluated-metrics.sql} inside it) is composed here into the evaluation of a meeting and into the scorecard,
 * and {@code target-rules.sql} into the compliance, so that the three reports judge meetings by one definition.
 * A slot left unfilled or a fragment without its slot stops the application at start-up.
 */
@Startup
@Singleton
public class EvaluationQueries {

    private final String meetingEvaluation;
    private final String compliance;
    private final String effect;
    private final SqlText scorecard;
    private final String attendanceStreaks;

    public EvaluationQueries() {
        SqlText evaluated = load("evaluated-metrics.sql");
        SqlText rules = load("target-rules.sql").fill("evaluated", evaluated);
        SqlText verdicts = load("verdicts.sql").fill("rules", rules);
        meetingEvaluation = load("meeting-evaluation.sql").fill("verdicts", verdicts).complete();
        compliance = load("compliance.sql").fill("rules", rules).fill("evaluated", evaluated).complete();
        effect = load("effect.sql").complete();
        scorecard = load("scorecard.sql").fill("verdicts", verdicts).leaving("order");
        attendanceStreaks = load("attendance-streaks.sql").complete();
    }

    /** The verdicts on one meeting; its one parameter is JDBC's {@code ?}, the id of the meeting. */
    String meetingEvaluation() {
        return meetingEvaluation;
    }

    /** One resolution's targets over a subtree and period. */
    String compliance() {
        return compliance;
    }

    /** The meetings of a resolution's scope before and after its issue date. */
    String effect() {
        return effect;
    }

    /** A page of the scorecard, sorted by {@code orderBy} (SQL made by {@link ScorecardSort}, never by a caller). */
    String scorecard(String orderBy) {
        return scorecard.fill("order", orderBy).complete();
    }

    /** The members whose excused absences in a row break the attendance rule. */
    String attendanceStreaks() {
        return attendanceStreaks;
    }

    private static SqlText load(String file) {
        return SqlText.load(EvaluationQueries.class, file);
    }
}
