package vn.nennep.briefings;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Body of POST and PUT /briefings. {@code month} may be left out: it is the month of {@code heldOn}. */
public record BriefingRequest(
        @NotNull UUID zoneId,
        @NotNull UUID hostOrganizationId,
        @Pattern(regexp = "[0-9]{4}-(0[1-9]|1[0-2])", message = "{nennep.month.pattern}") String month,
        @NotNull LocalDate heldOn,
        @Size(max = 500) List<@NotNull @Valid AttendeeInput> attendees,
        @Size(max = 100) String externalId) {

    public record AttendeeInput(
            @NotBlank @Size(max = 255) String fullName,
            @Size(max = 255) String position,
            UUID organizationId) {
    }
}
