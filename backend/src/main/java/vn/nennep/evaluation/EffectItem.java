package vn.nennep.evaluation;

import java.math.BigDecimal;
import vn.nennep.resolutions.Metric;

/** One metric before and after the issue date; null where no meeting was held, and then no change. */
public record EffectItem(Metric metric, BigDecimal before, BigDecimal after, BigDecimal change, long meetingsBefore,
        long meetingsAfter) {
}
