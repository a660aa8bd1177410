package vn.nennep.reviews;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * {@code /reports/action-plans}: each grassroots organization's action plan for a document, whether it was sent on
 * time, late, is missing or not yet due on {@code asOf} (today, Asia/Ho_Chi_Minh).
 */
public record ActionPlanReport(UUID organizationId, UUID studyPlanId, UUID resolutionId, LocalDate asOf,
        List<Row> items, Totals totals) {

    /** The outcomes of an action plan; the first submission decides ON_TIME or LATE. */
    public enum Outcome { ON_TIME, LATE, MISSING, NOT_DUE }

    /** One action plan; also one line of the CSV. */
    public record Row(UUID actionPlanId, UUID studyPlanId, String studyPlanNumber, UUID resolutionId,
            String resolutionNumber, UUID organizationId, String organizationName, String status, LocalDate dueOn,
            LocalDate firstSubmittedOn, LocalDate submittedOn, Outcome outcome, boolean overdue) {
    }

    public record Totals(long total, long onTime, long late, long missing, long notDue, long accepted,
            long returned) {

        static Totals of(List<Row> rows) {
            return new Totals(rows.size(), outcomes(rows, Outcome.ON_TIME), outcomes(rows, Outcome.LATE),
                    outcomes(rows, Outcome.MISSING), outcomes(rows, Outcome.NOT_DUE), statuses(rows, "ACCEPTED"),
                    statuses(rows, "RETURNED"));
        }

        private static long outcomes(List<Row> rows, Outcome outcome) {
            return rows.stream().filter(r -> r.outcome() == outcome).count();
        }

        private static long statuses(List<Row> rows, String status) {
            return rows.stream().filter(r -> r.status().equals(status)).count();
        }
    }
}
