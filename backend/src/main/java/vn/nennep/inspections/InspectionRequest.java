package vn.nennep.inspections;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Body of POST and PUT /inspections, and the rows of an import. The status and the closing date are not part of it
 * (they change through POST /status); the response's read-only fields, sent back with an edit, are ignored.
 */
public record InspectionRequest(
        @NotNull UUID organizationId,
        @NotNull InspectionKind kind,
        @NotBlank @Size(max = 50) String planNumber,
        @NotBlank @Size(max = 500) String title,
        @NotEmpty @Size(max = 500) List<@NotNull UUID> subjectOrganizationIds,
        @Size(max = 100) List<@NotNull UUID> resolutionIds,
        @NotNull @Size(max = 50) List<@NotNull @Valid TeamInput> team,
        @NotNull LocalDate plannedFrom,
        @NotNull LocalDate plannedTo,
        LocalDate startedOn,
        LocalDate endedOn,
        @Size(max = 500) List<@NotNull @Valid FindingInput> findings,
        @Valid ConclusionInput conclusion,
        @Size(max = 500) List<@NotNull @Valid RemedyInput> remedies,
        @Size(max = 100) String externalId) {

    public record TeamInput(
            @NotBlank @Size(max = 255) String fullName,
            @Size(max = 255) String position,
            @NotNull TeamRole role) {
    }

    public record FindingInput(
            @NotNull FindingArea area,
            @NotNull UUID organizationId,
            @NotNull FindingRating rating,
            @NotBlank @Size(max = 10000) String text) {
    }

    public record ConclusionInput(
            @Size(max = 50) String number,
            LocalDate issuedOn,
            @Size(max = 20000) String text) {
    }

    public record RemedyInput(
            @NotNull UUID organizationId,
            @NotBlank @Size(max = 10000) String text,
            @NotNull LocalDate dueOn,
            @NotNull RemedyStatus status,
            LocalDate doneOn,
            @Size(max = 4000) String waivedReason) {
    }

    List<UUID> resolutionIdsOrNone() {
        return resolutionIds == null ? List.of() : resolutionIds;
    }

    List<FindingInput> findingsOrNone() {
        return findings == null ? List.of() : findings;
    }

    List<RemedyInput> remediesOrNone() {
        return remedies == null ? List.of() : remedies;
    }
}
