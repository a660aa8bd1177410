package vn.nennep.resolutions;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

public record ResolutionResponse(UUID id, String externalId, String number, int sequence, String documentType,
        UUID issuerId, String term, LocalDate issuedOn, String title, UUID conferenceId, UUID scopeOrganizationId,
        LocalDate effectiveFrom, LocalDate effectiveTo, int targetCount, long version, OffsetDateTime createdAt,
        OffsetDateTime updatedAt) {

    static ResolutionResponse of(Resolution r) {
        return new ResolutionResponse(r.id, r.externalId, r.number, r.sequence, r.documentType, r.issuerId, r.term,
                r.issuedOn, r.title, r.conferenceId, r.scopeOrganizationId, r.effectiveFrom, r.effectiveTo,
                r.targetCount, r.version, r.createdAt, r.updatedAt);
    }
}
