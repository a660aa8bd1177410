package vn.nennep.conferences;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** Body of POST /conferences/{id}/follow-ups: a problem found after the conference and its solution. */
public record FollowUpRequest(
        @NotNull LocalDate recordedOn,
        @NotBlank @Size(max = 10000) String problems,
        @NotBlank @Size(max = 10000) String solutions,
        @Size(max = 100) String externalId) {
}
