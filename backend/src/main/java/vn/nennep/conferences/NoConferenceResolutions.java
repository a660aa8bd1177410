package vn.nennep.conferences;

import io.quarkus.arc.DefaultBean;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** No resolution is linked to any conference: the stand-in until the resolutions feature provides its own bean. */
@DefaultBean
@ApplicationScoped
public class NoConferenceResolutions implements ConferenceResolutions {

    @Override
    public Map<UUID, List<UUID>> idsByConference(Collection<UUID> conferenceIds) {
        return Map.of();
    }
}
