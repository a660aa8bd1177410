package vn.nennep.conferences;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

public record FollowUpResponse(UUID id, String externalId, UUID conferenceId, LocalDate recordedOn, String problems,
        String solutions, long version, OffsetDateTime createdAt, OffsetDateTime updatedAt) {

    static FollowUpResponse of(ConferenceFollowUp followUp) {
        return new FollowUpResponse(followUp.id, followUp.externalId, followUp.conferenceId, followUp.recordedOn,
                followUp.problems, followUp.solutions, followUp.version, followUp.createdAt, followUp.updatedAt);
    }
}
