package vn.nennep.studies;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * What a study session needs of its study plan: that it exists, the organization that planned it and its scope, its
 * number, and the document it studies with that document's number. Read by SQL from {@code study_plans}, so that the
 * sessions do not depend on how the plans are written.
 */
@ApplicationScoped
class SessionPlans {

    /** A study plan as a session sees it. */
    record Plan(UUID id, UUID organizationId, UUID scopeOrganizationId, String number, UUID resolutionId,
            String resolutionNumber) {
    }

    private static final String SELECT = "select cast(p.id as text), cast(p.organization_id as text),"
            + " cast(p.scope_organization_id as text), p.number, cast(p.resolution_id as text), r.number"
            + " from study_plans p join resolutions r on r.id = p.resolution_id";

    private final EntityManager em;

    SessionPlans(EntityManager em) {
        this.em = em;
    }

    /** The plan, or null when there is none. */
    Plan find(UUID id) {
        return byId(List.of(id)).get(id);
    }

    /** The plans of these ids that exist, by id. */
    Map<UUID, Plan> byId(Collection<UUID> ids) {
        Map<UUID, Plan> plans = new HashMap<>();
        if (ids.isEmpty()) {
            return plans;
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(SELECT + " where p.id in (:ids)")
                .setParameter("ids", ids).getResultList();
        for (Object[] row : rows) {
            Plan plan = new Plan(UUID.fromString((String) row[0]), UUID.fromString((String) row[1]),
                    UUID.fromString((String) row[2]), (String) row[3], UUID.fromString((String) row[4]),
                    (String) row[5]);
            plans.put(plan.id(), plan);
        }
        return plans;
    }

    /** The ids of the plans studying the document {@code resolutionId}. */
    List<UUID> idsStudying(UUID resolutionId) {
        @SuppressWarnings("unchecked")
        List<String> ids = em.createNativeQuery("select cast(id as text) from study_plans where resolution_id = :r")
                .setParameter("r", resolutionId).getResultList();
        return ids.stream().map(UUID::fromString).toList();
    }
}
