package vn.nennep.studies;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Body of POST and PUT /study-plans. The status is not part of it (POST /status); the response's read-only fields,
 * sent back with an edit, are ignored.
 */
public record StudyPlanRequest(
        @NotNull UUID organizationId,
        @NotNull UUID resolutionId,
        @NotBlank @Size(max = 50) String number,
        @NotNull LocalDate issuedOn,
        @NotBlank @Size(max = 500) String title,
        UUID scopeOrganizationId,
        @Size(max = 20) List<@NotNull @Valid LevelInput> levels,
        @Size(max = 100) List<@NotNull @Valid PresenterInput> presenters,
        @NotNull LocalDate actionPlansDueOn,
        @Size(max = 100) String externalId) {

    public record LevelInput(@NotNull StudyPlanAudience audience, @NotNull LocalDate dueOn) {
    }

    public record PresenterInput(@NotBlank @Size(max = 200) String fullName, @Size(max = 200) String position) {
    }
}
