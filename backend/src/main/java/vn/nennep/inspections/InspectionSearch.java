package vn.nennep.inspections;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The list's filters that look inside the JSON columns (the subjects, the documents, the remedies), in SQL: the ids of
 * the inspections they let through, for the list's query to keep. The subjects and documents use the GIN index.
 */
@ApplicationScoped
class InspectionSearch {

    private static final String SUBTREE = "(select cast(o.id as text) from organizations o where o.path like :within)";
    private static final String OVERDUE = "exists (select 1 from jsonb_array_elements(i.remedies) r"
            + " where r->>'status' = 'OPEN' and cast(r->>'dueOn' as date) < :today)";

    private final EntityManager em;

    InspectionSearch(EntityManager em) {
        this.em = em;
    }

    /** The ids of the inspections the JSON filters let through; null when none of them is given. */
    List<UUID> matching(InspectionFilter.Query filter, LocalDate today) {
        List<String> conditions = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        if (filter.organizationId() != null) {
            // Decided by an organization of the subtree, or having a subject in it.
            conditions.add("(cast(i.organization_id as text) in " + SUBTREE
                    + " or exists (select 1 from jsonb_array_elements_text(i.subject_organization_ids) s"
                    + " where s in " + SUBTREE + "))");
            params.put("within", withinPath(filter.organizationId()));
        }
        if (filter.subjectOrganizationId() != null) {
            conditions.add("i.subject_organization_ids @> cast(:subject as jsonb)");
            params.put("subject", "[\"" + filter.subjectOrganizationId() + "\"]");
        }
        if (filter.resolutionId() != null) {
            conditions.add("i.resolution_ids @> cast(:resolution as jsonb)");
            params.put("resolution", "[\"" + filter.resolutionId() + "\"]");
        }
        if (filter.overdueRemedies() != null) {
            conditions.add(filter.overdueRemedies() ? OVERDUE : "not " + OVERDUE);
            params.put("today", today);
        }
        if (conditions.isEmpty()) {
            return null;
        }
        var query = em.createNativeQuery("select cast(i.id as text) from inspections i where "
                + String.join(" and ", conditions));
        params.forEach(query::setParameter);
        List<UUID> ids = new ArrayList<>();
        for (Object id : query.getResultList()) {
            ids.add(UUID.fromString((String) id));
        }
        // An empty "in ()" is not valid: an id that matches nothing stands for "no inspection".
        return ids.isEmpty() ? List.of(new UUID(0, 0)) : ids;
    }

    /** The path prefix of the organization's subtree; one that matches nothing when there is no such organization. */
    private String withinPath(UUID organizationId) {
        List<?> paths = em.createNativeQuery("select path from organizations where id = :id")
                .setParameter("id", organizationId).getResultList();
        return paths.isEmpty() ? "-" : paths.get(0) + "%";
    }
}
