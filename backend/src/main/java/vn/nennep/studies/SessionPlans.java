package vn.nennep.studies;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * What a study session needs of its study plan: that it exists, the organization that planned it and its scope, its
 * number, and the document it studies with that document's number.
 */
@ApplicationScoped
class SessionPlans {

    /** A study plan as a session sees it. */
    record Plan(UUID id, UUID organizationId, UUID scopeOrganizationId, String number, UUID resolutionId,
            String resolutionNumber) {
    }

    /** The plan, or null when there is none. */
    Plan find(UUID id) {
        return byId(List.of(id)).get(id);
    }

    /** The plans of these ids that exist, by id: one query for the plans, one for their documents. */
    Map<UUID, Plan> byId(Collection<UUID> ids) {
        Map<UUID, Plan> plans = new HashMap<>();
        if (ids.isEmpty()) {
            return plans;
        }
        List<StudyPlan> found = StudyPlan.list("id in ?1", ids.stream().distinct().toList());
        Map<UUID, StudyPlanResponse.Document> documents =
                StudyPlanViews.documents(found.stream().map(p -> p.resolutionId).toList());
        for (StudyPlan p : found) {
            plans.put(p.id, new Plan(p.id, p.organizationId, p.scopeOrganizationId, p.number, p.resolutionId,
                    documents.get(p.resolutionId).number()));
        }
        return plans;
    }
}
