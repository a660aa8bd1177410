package vn.nennep.studies;

import java.util.List;

/**
 * A grassroots organization's action plan: PENDING (asked for) → SUBMITTED → ACCEPTED, or RETURNED with a reason and
 * SUBMITTED again. ACCEPTED is final.
 */
public enum ActionPlanStatus {
    PENDING, SUBMITTED, ACCEPTED, RETURNED;

    /** The statuses this one may move to. */
    public List<ActionPlanStatus> allowedNext() {
        return switch (this) {
            case PENDING, RETURNED -> List.of(SUBMITTED);
            case SUBMITTED -> List.of(ACCEPTED, RETURNED);
            case ACCEPTED -> List.of();
        };
    }

    public boolean canMoveTo(ActionPlanStatus next) {
        return allowedNext().contains(next);
    }

    /** Still owed by the organization: nothing submitted yet, or sent back. */
    public boolean isOwed() {
        return this == PENDING || this == RETURNED;
    }
}
