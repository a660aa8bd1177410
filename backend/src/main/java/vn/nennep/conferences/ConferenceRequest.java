package vn.nennep.conferences;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Body of POST and PUT /conferences. The status is not part of it (it changes through POST /status only); the
 * response's read-only fields, sent back with an edit, are ignored.
 */
public record ConferenceRequest(
        @NotNull UUID organizerId,
        @NotNull ConferenceKind kind,
        @NotBlank @Size(max = 500) String title,
        @NotBlank @Size(max = 4000) String problem,
        LocalDate scheduledOn,
        LocalDate heldOn,
        @Valid SurveyInput survey,
        @Size(max = 200) List<@NotNull @Valid SiteInput> sites,
        @Size(max = 100) String externalId) {

    /** The field survey made before the conference: what works, what does not, and why. */
    public record SurveyInput(
            @Size(max = 10000) String achievements,
            @Size(max = 10000) String limitations,
            @Size(max = 10000) String causes) {
    }

    public record SiteInput(
            @NotBlank @Size(max = 255) String name,
            @NotNull @PositiveOrZero @Max(1_000_000) Integer participants,
            @NotNull @PositiveOrZero @Max(1_000_000) Integer opinions) {
    }
}
