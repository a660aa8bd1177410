package vn.nennep.resolutions;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.UUID;

/**
 * Body of POST and PUT /resolutions. Exactly one of {@code issuerId} (an organization of the tree) and
 * {@code issuerName} (an issuer outside it: a document from above, then {@code scopeOrganizationId} is required).
 * {@code documentType} may be left out (it is read from the number); {@code scopeOrganizationId} defaults to the
 * issuer and {@code effectiveFrom} to the issue date.
 */
public record ResolutionRequest(
        @NotBlank @Size(max = 40) String number,
        @Size(max = 10) String documentType,
        UUID issuerId,
        @NotBlank @Size(max = 20) String term,
        @NotNull LocalDate issuedOn,
        @NotBlank @Size(max = 500) String title,
        UUID conferenceId,
        UUID scopeOrganizationId,
        LocalDate effectiveFrom,
        LocalDate effectiveTo,
        @Size(max = 100) String externalId,
        @Size(max = 200) String issuerName) {
}
