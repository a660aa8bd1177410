package vn.nennep.conferences;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The resolutions each conference issued: shown as {@code resolutionIds}, and needed to move a conference to
 * RESOLUTION_ISSUED. The resolutions feature provides the bean; until it does, {@link NoConferenceResolutions} says
 * none.
 */
public interface ConferenceResolutions {

    /** Ids of the resolutions issued by each of {@code conferenceIds}; a conference without any may be absent. */
    Map<UUID, List<UUID>> idsByConference(Collection<UUID> conferenceIds);

    default List<UUID> ids(UUID conferenceId) {
        return idsByConference(List.of(conferenceId)).getOrDefault(conferenceId, List.of());
    }
}
