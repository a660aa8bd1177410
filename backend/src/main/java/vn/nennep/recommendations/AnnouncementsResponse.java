package vn.nennep.recommendations;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * What a briefing announces (GET /briefings/{id}/announcements): the notices published for the zone and the
 * recommendations of the zone resolved since the zone's previous briefing ({@code since}, exclusive; null for the
 * first) up to this one's date ({@code until}, inclusive).
 */
public record AnnouncementsResponse(UUID briefingId, LocalDate since, LocalDate until,
        List<PublicationResponse> publications, List<Resolved> resolved) {

    /** A recommendation resolved in the window: the result as its RESOLVED entry reports it. */
    public record Resolved(UUID recommendationId, String title, UUID raisedById, UUID addresseeId,
            OffsetDateTime resolvedAt, String authorName, String result) {
    }
}
