package vn.nennep.evaluation;

import java.math.BigDecimal;
import java.util.UUID;
import vn.nennep.meetings.ScoreBand;

/**
 * One branch in one quarter, beside its grassroots organization (the commune: several communes have a "Chi bộ thôn
 * An Tây"). {@code meetingsHeld} and {@code thematicHeld} count its held meetings; the averages and the band are
 * null when it held none (or scored none): no meeting is not a meeting of 0 minutes. {@code band} is the score
 * sheets' most frequent band; {@code targetsPassed}/{@code targetsFailed} count the target verdicts of its meetings:
 * two separate things, a GOOD band beside failed targets included.
 */
public record ScorecardRow(UUID branchId, String branchName, UUID communeId, String communeName, long meetingsHeld,
        long thematicHeld, BigDecimal averageAttendanceRate, BigDecimal averageOpinions,
        BigDecimal averageDurationMinutes, long targetsPassed, long targetsFailed, ScoreBand band) {
}
