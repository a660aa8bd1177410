package vn.nennep.resolutions;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import vn.nennep.common.Messages;
import vn.nennep.meetings.MeetingKind;

public record TargetResponse(UUID id, String externalId, UUID resolutionId, String title, Metric metric,
        Comparison comparator, Double threshold, List<TierResponse> tiers, MeetingKind meetingKind, String theme,
        String unit, Double combinedThreshold, long version, OffsetDateTime createdAt, OffsetDateTime updatedAt) {

    public record TierResponse(int minMembers, Integer maxMembers, double threshold) {
    }

    static TargetResponse of(Target t) {
        List<TierResponse> tiers = t.tiers == null ? null : t.tiers.stream()
                .map(tier -> new TierResponse(tier.minMembers(), tier.maxMembers(), tier.threshold().doubleValue()))
                .toList();
        return new TargetResponse(t.id, t.externalId, t.resolutionId, t.title, t.metric, t.comparator,
                number(t.threshold), tiers, t.meetingKind, t.theme, t.unit, number(t.combinedThreshold), t.version,
                t.createdAt, t.updatedAt);
    }

    /**
     * The same target for a reader of {@code locale}: a unit the client did not name (the metric's default, stored as
     * {@link Metric#defaultUnit}) is written in the reader's language ("phút", "minutes"); a unit typed is kept as
     * typed.
     */
    public TargetResponse in(Locale locale) {
        if (metric.defaultUnit == null || unit != null && !unit.equals(metric.defaultUnit)) {
            return this;
        }
        return new TargetResponse(id, externalId, resolutionId, title, metric, comparator, threshold, tiers,
                meetingKind, theme, Messages.get(locale, "target.unit." + metric), combinedThreshold, version,
                createdAt, updatedAt);
    }

    static Double number(BigDecimal value) {
        return value == null ? null : value.doubleValue();
    }
}
