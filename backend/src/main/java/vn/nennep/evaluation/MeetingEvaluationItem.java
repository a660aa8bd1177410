package vn.nennep.evaluation;

import java.math.BigDecimal;
import java.util.UUID;
import vn.nennep.resolutions.Metric;

/** One target's verdict on a meeting, as {@code /meetings/{id}/evaluation} lists it, with its reason worded. */
public record MeetingEvaluationItem(UUID targetId, UUID resolutionId, String resolutionNumber, Metric metric,
        BigDecimal required, BigDecimal actual, boolean passed, String reason) {
}
