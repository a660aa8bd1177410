package vn.nennep.reviews;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * {@code /reports/study-participation}: per document, audience and organization holding the sessions, who was
 * expected and who came ({@code attended} with walk-ins, the rate without them), and the remarks made.
 */
public record StudyParticipationReport(UUID organizationId, UUID resolutionId, LocalDate from, LocalDate to,
        List<Row> items, Totals totals) {

    /** One document, audience and organizer; also one line of the CSV. */
    public record Row(UUID resolutionId, String resolutionNumber, String audience, UUID organizationId,
            String organizationName, long sessionsHeld, long expected, long attended, long walkIns,
            BigDecimal participationRate, RemarkCounts remarks) {
    }

    /** Every row added up, the rate made again from the sums (not an average of rates). */
    public record Totals(long sessionsHeld, long expected, long attended, long walkIns,
            BigDecimal participationRate, RemarkCounts remarks) {
    }
}
