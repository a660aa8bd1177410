package vn.nennep.evaluation;

import java.math.BigDecimal;
import java.util.UUID;
import vn.nennep.resolutions.Metric;

/**
 * One target over a subtree and period; its title too, so that a CSV export reads without the targets' list. Two
 * rates, each with one definition: {@code passRate} = meetingsPassed ÷ meetingsEvaluated × 100 (the share of
 * meetings, or for THEMATIC_PER_QUARTER of branch-quarters; 0 when none), {@code branchPassRate} =
 * branchesPassing ÷ branchesEvaluated × 100 (the share of branches; null when none). "55/68 chi bộ đạt" is 80.9 %
 * of branches, whatever share of the meetings passed.
 */
public record ComplianceItem(UUID targetId, String targetTitle, Metric metric, long meetingsEvaluated,
        long meetingsPassed, long branchesEvaluated, long branchesPassing, BigDecimal passRate,
        BigDecimal branchPassRate) {
}
