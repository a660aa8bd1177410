package vn.nennep.recommendations;

import java.time.OffsetDateTime;
import java.util.UUID;

/** One entry of a thread, as written. */
public record EntryResponse(UUID id, UUID recommendationId, int seq, EntryType type, UUID authorId, String authorName,
        UUID authorOrganizationId, OffsetDateTime at, String body, String documentNumber, UUID addresseeId,
        UUID publicationId) {

    static EntryResponse of(RecommendationEntry e) {
        return new EntryResponse(e.id, e.recommendationId, e.seq, e.type, e.authorId, e.authorName,
                e.authorOrganizationId, e.at, e.body, e.documentNumber, e.addresseeId, e.publicationId);
    }
}
