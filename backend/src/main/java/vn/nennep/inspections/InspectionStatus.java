package vn.nennep.inspections;

import java.util.List;

/**
 * An inspection's life: PLANNED → IN_PROGRESS → CONCLUDED → CLOSED, or CANCELLED from PLANNED or IN_PROGRESS. No
 * skipping, no going back; CLOSED and CANCELLED are final.
 */
public enum InspectionStatus {
    PLANNED, IN_PROGRESS, CONCLUDED, CLOSED, CANCELLED;

    /** The statuses this one may move to, in lifecycle order (the transition table; preconditions aside). */
    public List<InspectionStatus> allowedNext() {
        return switch (this) {
            case PLANNED -> List.of(IN_PROGRESS, CANCELLED);
            case IN_PROGRESS -> List.of(CONCLUDED, CANCELLED);
            case CONCLUDED -> List.of(CLOSED);
            case CLOSED, CANCELLED -> List.of();
        };
    }

    public boolean canMoveTo(InspectionStatus next) {
        return allowedNext().contains(next);
    }

    /** A closed or cancelled inspection is kept as it ended: it is no longer edited. */
    public boolean isFinal() {
        return this == CLOSED || this == CANCELLED;
    }

    /** Whether the conclusion has been issued: CONCLUDED or CLOSED. */
    public boolean isConcluded() {
        return this == CONCLUDED || this == CLOSED;
    }

    /** Only an inspection that never got going may be deleted; anything later is kept for the record. */
    public boolean isDeletable() {
        return this == PLANNED || this == CANCELLED;
    }
}
