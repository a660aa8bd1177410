package vn.nennep.studies;

import java.util.List;

/** A study plan's life: PLANNED → IN_PROGRESS → COMPLETED, or CANCELLED from PLANNED or IN_PROGRESS; no going back. */
public enum StudyPlanStatus {
    PLANNED, IN_PROGRESS, COMPLETED, CANCELLED;

    /** The statuses this one may move to, in lifecycle order. */
    public List<StudyPlanStatus> allowedNext() {
        return switch (this) {
            case PLANNED -> List.of(IN_PROGRESS, CANCELLED);
            case IN_PROGRESS -> List.of(COMPLETED, CANCELLED);
            case COMPLETED, CANCELLED -> List.of();
        };
    }

    public boolean canMoveTo(StudyPlanStatus next) {
        return allowedNext().contains(next);
    }

    /** A completed or cancelled plan is kept as it was: it is not edited any more. */
    public boolean isFinal() {
        return this == COMPLETED || this == CANCELLED;
    }
}
