package vn.nennep.studies;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * A study plan as the API shows it, with the studied document's number and title, the sessions held under it, its
 * action plans by status, and the statuses POST /status would accept now.
 */
public record StudyPlanResponse(UUID id, String externalId, UUID organizationId, UUID resolutionId,
        String resolutionNumber, String resolutionTitle, String number, LocalDate issuedOn, String title,
        UUID scopeOrganizationId, List<StudyPlan.Level> levels, List<StudyPlan.Presenter> presenters,
        LocalDate actionPlansDueOn, StudyPlanStatus status, List<StudyPlanStatus> allowedTransitions,
        int sessionCount, ActionPlanCounts actionPlans, long version, OffsetDateTime createdAt,
        OffsetDateTime updatedAt) {

    /** A plan's action plans by status; {@code overdue}: still owed and past their due date. */
    public record ActionPlanCounts(int total, int pending, int submitted, int accepted, int returned, int overdue) {
        static final ActionPlanCounts NONE = new ActionPlanCounts(0, 0, 0, 0, 0, 0);
    }

    /** The studied document's number and title. */
    record Document(String number, String title) {
    }

    static StudyPlanResponse of(StudyPlan p, Document document, ActionPlanCounts counts) {
        return new StudyPlanResponse(p.id, p.externalId, p.organizationId, p.resolutionId, document.number(),
                document.title(), p.number, p.issuedOn, p.title, p.scopeOrganizationId, List.copyOf(p.levels),
                List.copyOf(p.presenters), p.actionPlansDueOn, p.status, p.status.allowedNext(), p.sessionCount,
                counts, p.version, p.createdAt, p.updatedAt);
    }
}
