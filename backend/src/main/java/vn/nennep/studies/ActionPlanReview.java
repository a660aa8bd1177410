package vn.nennep.studies;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import vn.nennep.auth.Access;
import vn.nennep.auth.Role;
import vn.nennep.common.IfMatch;
import vn.nennep.common.InvalidTransition;
import vn.nennep.common.ProblemException.FieldViolation;
import vn.nennep.common.Text;
import vn.nennep.common.Unprocessable;
import vn.nennep.organizations.Organization;

/**
 * An action plan's lifecycle: the grassroots organization submits it (its own officer, or the district office on its
 * behalf), the office above accepts it or returns it with a reason, and a returned plan is submitted again. The
 * first submission's date decides whether it came late.
 */
@ApplicationScoped
public class ActionPlanReview {

    /** Who submits: the organization's own officer, or the district office on its behalf. */
    static final Role[] SUBMITTERS = {Role.DISTRICT_OFFICE, Role.GRASSROOTS_OFFICER};
    /** Who accepts and returns: the office above the grassroots organization. */
    static final Role[] REVIEWERS = {Role.DISTRICT_OFFICE};

    private final Access access;
    private final ActionPlanService actionPlans;

    public ActionPlanReview(Access access, ActionPlanService actionPlans) {
        this.access = access;
        this.actionPlans = actionPlans;
    }

    /** Moves the action plan to the body's status: 403 for the wrong side, 409 naming the allowed moves, 422 fields. */
    @Transactional
    public ActionPlanResponse changeStatus(UUID id, IfMatch ifMatch, ActionPlanStatusChange change) {
        ActionPlan actionPlan = actionPlans.find(id);
        ActionPlanStatus target = change.status();
        requireRight(actionPlan, target);
        if (ifMatch.present()) {
            ifMatch.check(actionPlan.version);
        }
        ActionPlanStatus current = actionPlan.status;
        if (!current.canMoveTo(target)) {
            List<ActionPlanStatus> next = current.allowedNext();
            if (next.isEmpty()) {
                throw new InvalidTransition(List.of(new FieldViolation("status", "actionPlan.status.none", current)),
                        "actionPlan.status.final", current, target);
            }
            String allowed = next.stream().map(Enum::name).collect(Collectors.joining(", "));
            throw new InvalidTransition(List.of(new FieldViolation("status", "actionPlan.status.allowed", allowed)),
                    "actionPlan.status.illegal", current, target, allowed);
        }
        LocalDate today = ActionPlanService.today();
        if (target == ActionPlanStatus.SUBMITTED) {
            submit(actionPlan, change, today);
        } else {
            review(actionPlan, change, today);
        }
        ActionPlan.flush();
        return actionPlans.response(actionPlan);
    }

    /**
     * The rights for moving to {@code target}: submitting is the organization's own (or the district office's on its
     * behalf); accepting and returning are the district office's, never the organization's own officer's.
     */
    void requireRight(ActionPlan actionPlan, ActionPlanStatus target) {
        Organization organization = Organization.findById(actionPlan.organizationId);
        access.requireOfficeOf(organization,
                target == ActionPlanStatus.SUBMITTED || target == ActionPlanStatus.PENDING ? SUBMITTERS : REVIEWERS);
    }

    private static void submit(ActionPlan actionPlan, ActionPlanStatusChange change, LocalDate today) {
        List<FieldViolation> violations = new ArrayList<>();
        String number = null;
        if (Text.blankToNull(change.documentNumber()) == null) {
            violations.add(new FieldViolation("documentNumber", "actionPlan.documentNumber.required"));
        } else {
            number = StudyPlanChecks.planNumber(change.documentNumber(), "documentNumber", violations);
        }
        LocalDate submittedOn = change.submittedOn() == null ? today : change.submittedOn();
        if (submittedOn.isAfter(today)) {
            violations.add(new FieldViolation("submittedOn", "actionPlan.submittedOn.future"));
        }
        if (!violations.isEmpty()) {
            throw new Unprocessable(violations);
        }
        actionPlan.status = ActionPlanStatus.SUBMITTED;
        actionPlan.documentNumber = number;
        if (Text.blankToNull(change.title()) != null) {
            actionPlan.title = change.title().trim();
        }
        actionPlan.submittedOn = submittedOn;
        if (actionPlan.firstSubmittedOn == null) {
            actionPlan.firstSubmittedOn = submittedOn;
        }
        actionPlan.reviewedOn = null;
        actionPlan.returnReason = null;
    }

    private static void review(ActionPlan actionPlan, ActionPlanStatusChange change, LocalDate today) {
        List<FieldViolation> violations = new ArrayList<>();
        LocalDate reviewedOn = change.reviewedOn() == null ? today : change.reviewedOn();
        if (reviewedOn.isAfter(today)) {
            violations.add(new FieldViolation("reviewedOn", "actionPlan.reviewedOn.future"));
        } else if (reviewedOn.isBefore(actionPlan.submittedOn)) {
            violations.add(new FieldViolation("reviewedOn", "actionPlan.reviewedOn.beforeSubmitted",
                    actionPlan.submittedOn));
        }
        String reason = Text.blankToNull(change.reason());
        if (change.status() == ActionPlanStatus.RETURNED && reason == null) {
            violations.add(new FieldViolation("reason", "actionPlan.reason.required"));
        }
        if (!violations.isEmpty()) {
            throw new Unprocessable(violations);
        }
        actionPlan.status = change.status();
        actionPlan.reviewedOn = reviewedOn;
        actionPlan.returnReason = change.status() == ActionPlanStatus.RETURNED ? reason.trim() : null;
    }

    /**
     * The state an import row gives a legacy action plan, checked as the lifecycle would have required it (a KH
     * number and a submission date once submitted, a reason when returned, no date in the future) and with the
     * rights of the move to that status.
     */
    void restore(ActionPlan actionPlan, ActionPlanImportRow row) {
        ActionPlanStatus status = row.status();
        if (status == null) {
            return;
        }
        requireRight(actionPlan, status);
        if (status == ActionPlanStatus.PENDING) {
            actionPlan.status = status;
            actionPlan.documentNumber = null;
            actionPlan.firstSubmittedOn = null;
            actionPlan.submittedOn = null;
            actionPlan.reviewedOn = null;
            actionPlan.returnReason = null;
            return;
        }
        LocalDate today = ActionPlanService.today();
        List<FieldViolation> violations = new ArrayList<>();
        String number = null;
        if (Text.blankToNull(row.documentNumber()) == null) {
            violations.add(new FieldViolation("documentNumber", "actionPlan.documentNumber.required"));
        } else {
            number = StudyPlanChecks.planNumber(row.documentNumber(), "documentNumber", violations);
        }
        LocalDate submittedOn = row.submittedOn();
        LocalDate firstSubmittedOn = row.firstSubmittedOn() == null ? submittedOn : row.firstSubmittedOn();
        if (submittedOn == null) {
            violations.add(new FieldViolation("submittedOn", "actionPlan.submittedOn.required"));
        } else if (submittedOn.isAfter(today)) {
            violations.add(new FieldViolation("submittedOn", "actionPlan.submittedOn.future"));
        } else if (firstSubmittedOn.isAfter(submittedOn)) {
            violations.add(new FieldViolation("firstSubmittedOn", "actionPlan.firstSubmittedOn.afterSubmitted",
                    submittedOn));
        }
        LocalDate reviewedOn = status == ActionPlanStatus.SUBMITTED ? null : row.reviewedOn();
        if (reviewedOn != null && reviewedOn.isAfter(today)) {
            violations.add(new FieldViolation("reviewedOn", "actionPlan.reviewedOn.future"));
        } else if (reviewedOn != null && submittedOn != null && reviewedOn.isBefore(submittedOn)) {
            violations.add(new FieldViolation("reviewedOn", "actionPlan.reviewedOn.beforeSubmitted", submittedOn));
        }
        String reason = Text.blankToNull(row.returnReason());
        if (status == ActionPlanStatus.RETURNED && reason == null) {
            violations.add(new FieldViolation("returnReason", "actionPlan.returnReason.required"));
        }
        if (!violations.isEmpty()) {
            throw new Unprocessable(violations);
        }
        actionPlan.status = status;
        actionPlan.documentNumber = number;
        actionPlan.firstSubmittedOn = firstSubmittedOn;
        actionPlan.submittedOn = submittedOn;
        actionPlan.reviewedOn = reviewedOn;
        actionPlan.returnReason = status == ActionPlanStatus.RETURNED ? reason.trim() : null;
    }
}
