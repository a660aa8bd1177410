package vn.nennep.studies;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.sql.Date;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import vn.nennep.common.Time;
import vn.nennep.resolutions.Resolution;

/** What a study plan's answer adds to the stored plan: the studied document, and its action plans by status. */
@ApplicationScoped
class StudyPlanViews {

    private final EntityManager em;

    StudyPlanViews(EntityManager em) {
        this.em = em;
    }

    StudyPlanResponse response(StudyPlan plan) {
        return responses(List.of(plan)).get(0);
    }

    List<StudyPlanResponse> responses(List<StudyPlan> plans) {
        List<UUID> ids = plans.stream().map(p -> p.id).toList();
        Map<UUID, StudyPlanResponse.Document> documents = documents(plans.stream().map(p -> p.resolutionId).toList());
        Map<UUID, StudyPlanResponse.ActionPlanCounts> counts = counts(ids);
        return plans.stream().map(p -> StudyPlanResponse.of(p, documents.get(p.resolutionId),
                counts.getOrDefault(p.id, StudyPlanResponse.ActionPlanCounts.NONE))).toList();
    }

    /** The documents' numbers and titles, by id. */
    static Map<UUID, StudyPlanResponse.Document> documents(Collection<UUID> resolutionIds) {
        Map<UUID, StudyPlanResponse.Document> documents = new HashMap<>();
        if (!resolutionIds.isEmpty()) {
            Resolution.<Resolution>list("id in ?1", resolutionIds.stream().distinct().toList())
                    .forEach(r -> documents.put(r.id, new StudyPlanResponse.Document(r.number, r.title)));
        }
        return documents;
    }

    /** The plans' action plans by status, overdue reckoned on today in Asia/Ho_Chi_Minh. */
    private Map<UUID, StudyPlanResponse.ActionPlanCounts> counts(List<UUID> planIds) {
        Map<UUID, StudyPlanResponse.ActionPlanCounts> counts = new HashMap<>();
        if (planIds.isEmpty()) {
            return counts;
        }
        List<?> rows = em.createNativeQuery("""
                select cast(study_plan_id as text), count(*),
                       count(*) filter (where status = 'PENDING'), count(*) filter (where status = 'SUBMITTED'),
                       count(*) filter (where status = 'ACCEPTED'), count(*) filter (where status = 'RETURNED'),
                       count(*) filter (where status in ('PENDING', 'RETURNED') and due_on < :today)
                from action_plans where study_plan_id in (:ids) group by study_plan_id""")
                .setParameter("today", Date.valueOf(LocalDate.now(Time.LOCAL))).setParameter("ids", planIds)
                .getResultList();
        for (Object row : rows) {
            Object[] r = (Object[]) row;
            counts.put(UUID.fromString((String) r[0]), new StudyPlanResponse.ActionPlanCounts(n(r[1]), n(r[2]),
                    n(r[3]), n(r[4]), n(r[5]), n(r[6])));
        }
        return counts;
    }

    private static int n(Object value) {
        return ((Number) value).intValue();
    }
}
