package vn.nennep.resolutions;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A resolution as the API shows it. {@code issuerName} (a document from above) comes last, so that the CSV columns
 * before it stay where they were.
 */
public record ResolutionResponse(UUID id, String externalId, String number, int sequence, String documentType,
        UUID issuerId, String term, LocalDate issuedOn, String title, UUID conferenceId, UUID scopeOrganizationId,
        LocalDate effectiveFrom, LocalDate effectiveTo, int targetCount, long version, OffsetDateTime createdAt,
        OffsetDateTime updatedAt, String issuerName) {

    static ResolutionResponse of(Resolution r) {
        return new ResolutionResponse(r.id, r.externalId, r.number, r.sequence, r.documentType, r.issuerId, r.term,
                r.issuedOn, r.title, r.conferenceId, r.scopeOrganizationId, r.effectiveFrom, r.effectiveTo,
                r.targetCount, r.version, r.createdAt, r.updatedAt, r.issuerName);
    }
}
