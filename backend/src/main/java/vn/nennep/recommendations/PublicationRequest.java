package vn.nennep.recommendations;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.UUID;

/**
 * Body of POST /recommendations/publications. The notice is a TB document of the district in {@code term} (default:
 * the term of its date, a notice of 2026 in 2025-2030): numbered {@code number} when given (e.g. {@code 12-TB/HU}),
 * else the next free TB number of the district in the term (as {@code /resolutions/next-number} gives it); issued
 * {@code issuedOn} (default today), titled {@code title} (default: the zone and the briefing's month).
 */
public record PublicationRequest(
        @NotNull UUID briefingId,
        @Size(max = 20) String term,
        @Size(max = 40) String number,
        LocalDate issuedOn,
        @Size(max = 500) String title,
        @Size(max = 100) String externalId) {
}
