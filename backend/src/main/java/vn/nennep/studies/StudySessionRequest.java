package vn.nennep.studies;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * Body of POST and PUT /study-sessions. The computed fields of the response (totals, walk-ins, the rate, the remark
 * counts), sent back with an edit, are ignored as the other read-only fields are.
 */
public record StudySessionRequest(
        @NotNull UUID studyPlanId,
        @NotNull UUID organizationId,
        @NotNull SessionOrganizerKind organizerKind,
        @Size(max = 200) String organizerName,
        @NotNull StudyPlanAudience audience,
        @NotNull SessionFormat format,
        @NotBlank @Size(max = 500) String title,
        @Size(max = 300) String place,
        @Size(max = 200) String presenterName,
        @NotNull OffsetDateTime startsAt,
        @NotNull OffsetDateTime endsAt,
        @PositiveOrZero @Max(1_000_000) Integer inPersonExpected,
        @PositiveOrZero @Max(1_000_000) Integer inPersonAttended,
        @Size(max = 1000) List<@NotNull @Valid BridgePointInput> bridgePoints,
        @Size(max = 100) String externalId) {

    public record BridgePointInput(
            @NotBlank @Size(max = 300) String name,
            UUID hostOrganizationId,
            @PositiveOrZero @Max(1_000_000) Integer expected,
            @PositiveOrZero @Max(1_000_000) Integer attended) {
    }

    /** The bridge points, none when not given. */
    List<BridgePointInput> points() {
        return bridgePoints == null ? List.of() : bridgePoints;
    }
}
