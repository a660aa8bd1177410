package vn.nennep.conferences;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * A conference as the API shows it: {@code participantCount} and {@code opinionCount} sum its sites;
 * {@code allowedTransitions} are the statuses POST /status would accept now.
 */
public record ConferenceResponse(UUID id, String externalId, UUID organizerId, ConferenceKind kind, String title,
        String problem, ConferenceStatus status, List<ConferenceStatus> allowedTransitions, LocalDate scheduledOn,
        LocalDate heldOn, Survey survey, List<Site> sites, long participantCount, long opinionCount,
        List<UUID> resolutionIds, long version, OffsetDateTime createdAt, OffsetDateTime updatedAt) {

    public record Survey(String achievements, String limitations, String causes) {
    }

    public record Site(String name, int participants, int opinions) {
    }

    static ConferenceResponse of(Conference c, List<ConferenceStatus> allowed, List<UUID> resolutionIds) {
        Survey survey = c.surveyAchievements == null && c.surveyLimitations == null && c.surveyCauses == null
                ? null : new Survey(c.surveyAchievements, c.surveyLimitations, c.surveyCauses);
        List<Site> sites = c.sites.stream().map(s -> new Site(s.name(), s.participants(), s.opinions())).toList();
        return new ConferenceResponse(c.id, c.externalId, c.organizerId, c.kind, c.title, c.problem, c.status, allowed,
                c.scheduledOn, c.heldOn, survey, sites, c.participantCount(), c.opinionCount(), resolutionIds,
                c.version, c.createdAt, c.updatedAt);
    }
}
