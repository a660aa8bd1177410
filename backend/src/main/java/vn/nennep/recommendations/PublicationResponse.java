package vn.nennep.recommendations;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** A publication: the notice (its document, number, title and date) and the recommendations it published. */
public record PublicationResponse(UUID id, String externalId, UUID briefingId, UUID zoneId, UUID documentId,
        String documentNumber, String title, LocalDate issuedOn, List<UUID> recommendationIds, long version,
        OffsetDateTime createdAt, OffsetDateTime updatedAt) {
}
