package vn.nennep.studies;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * An action plan as the API shows it: {@code overdue} when still owed past its due date (today in Asia/Ho_Chi_Minh),
 * {@code submittedLate} when first submitted after it (null when never submitted).
 */
public record ActionPlanResponse(UUID id, String externalId, UUID studyPlanId, UUID resolutionId,
        String resolutionNumber, UUID organizationId, String organizationName, LocalDate dueOn,
        ActionPlanStatus status, List<ActionPlanStatus> allowedTransitions, String documentNumber, String title,
        LocalDate firstSubmittedOn, LocalDate submittedOn, LocalDate reviewedOn, String returnReason,
        boolean overdue, Boolean submittedLate, long version, OffsetDateTime createdAt, OffsetDateTime updatedAt) {

    static ActionPlanResponse of(ActionPlan a, String resolutionNumber, String organizationName, LocalDate today) {
        return new ActionPlanResponse(a.id, a.externalId, a.studyPlanId, a.resolutionId, resolutionNumber,
                a.organizationId, organizationName, a.dueOn, a.status, a.status.allowedNext(), a.documentNumber,
                a.title, a.firstSubmittedOn, a.submittedOn, a.reviewedOn, a.returnReason, a.overdueOn(today),
                a.submittedLate(), a.version, a.createdAt, a.updatedAt);
    }
}
