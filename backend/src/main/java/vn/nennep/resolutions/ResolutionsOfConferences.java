package vn.nennep.resolutions;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import vn.nennep.conferences.ConferenceResolutions;

/** Tells the conferences feature which resolutions each conference issued: those naming it as their conference. */
@ApplicationScoped
public class ResolutionsOfConferences implements ConferenceResolutions {

    private final EntityManager em;

    public ResolutionsOfConferences(EntityManager em) {
        this.em = em;
    }

    @Override
    public Map<UUID, List<UUID>> idsByConference(Collection<UUID> conferenceIds) {
        Map<UUID, List<UUID>> result = new LinkedHashMap<>();
        if (conferenceIds.isEmpty()) {
            return result;
        }
        List<Object[]> rows = em.createQuery("""
                select r.conferenceId, r.id from Resolution r where r.conferenceId in :ids
                order by r.issuedOn, r.id""", Object[].class).setParameter("ids", conferenceIds).getResultList();
        for (Object[] row : rows) {
            result.computeIfAbsent((UUID) row[0], k -> new ArrayList<>()).add((UUID) row[1]);
        }
        return result;
    }
}
