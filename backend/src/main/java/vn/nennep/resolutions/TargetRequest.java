package vn.nennep.resolutions;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;
import vn.nennep.meetings.MeetingKind;

/**
 * Body of POST and PUT on a resolution's targets: a {@code threshold} or (OPINION_COUNT only) {@code tiers} by the
 * branch's members on the roll. {@code comparator} defaults to GTE; a {@code theme} implies a THEMATIC meeting.
 */
public record TargetRequest(
        @NotBlank @Size(max = 500) String title,
        @NotNull Metric metric,
        Comparison comparator,
        @DecimalMin("0") @Digits(integer = 12, fraction = 2) BigDecimal threshold,
        @Size(min = 1, max = 20) List<@Valid @NotNull TierRequest> tiers,
        MeetingKind meetingKind,
        @Size(max = 255) String theme,
        @Size(max = 50) String unit,
        @DecimalMin("0") @Digits(integer = 12, fraction = 2) BigDecimal combinedThreshold,
        @Size(max = 100) String externalId) {

    /** A tier of branch size, half-open {@code [minMembers, maxMembers)}; maxMembers null = no upper bound. */
    public record TierRequest(
            @NotNull @Min(0) @Max(100_000) Integer minMembers,
            @Min(1) @Max(100_000) Integer maxMembers,
            @NotNull @DecimalMin("0") @Digits(integer = 12, fraction = 2) BigDecimal threshold) {
    }
}
