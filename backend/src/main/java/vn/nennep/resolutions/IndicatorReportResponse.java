package vn.nennep.resolutions;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

public record IndicatorReportResponse(UUID id, String externalId, UUID resolutionId, UUID targetId,
        UUID organizationId, LocalDate periodStart, LocalDate periodEnd, double value, String evidence,
        ReportStatus status, String returnReason, OffsetDateTime submittedAt, UUID submittedById,
        OffsetDateTime reviewedAt, UUID reviewedById, ProgressResponse progress, long version,
        OffsetDateTime createdAt, OffsetDateTime updatedAt) {

    /** The value against the target's threshold: 35 of 40 is 87.5 %, not achieved. */
    public record ProgressResponse(double required, double actual, Double percent, boolean achieved) {
    }

    static IndicatorReportResponse of(IndicatorReport r, Target target) {
        TargetRules.Progress p = TargetRules.progress(target.spec(), r.value);
        ProgressResponse progress = new ProgressResponse(p.required().doubleValue(), p.actual().doubleValue(),
                p.percent() == null ? null : p.percent().doubleValue(), p.achieved());
        return new IndicatorReportResponse(r.id, r.externalId, target.resolutionId, r.targetId, r.organizationId,
                r.periodStart, r.periodEnd, r.value.doubleValue(), r.evidence, r.status, r.returnReason,
                r.submittedAt, r.submittedBy, r.reviewedAt, r.reviewedBy, progress, r.version, r.createdAt,
                r.updatedAt);
    }
}
