package vn.nennep.conferences;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * A conference's life: PROPOSED → SURVEYED → SCHEDULED → HELD → RESOLUTION_ISSUED → FOLLOW_UP → CLOSED, or CANCELLED
 * at any point before HELD. No skipping, no going back; CLOSED and CANCELLED are final.
 */
public enum ConferenceStatus {
    PROPOSED, SURVEYED, SCHEDULED, HELD, RESOLUTION_ISSUED, FOLLOW_UP, CLOSED, CANCELLED;

    /** The statuses this one may move to, in lifecycle order (the transition table; preconditions aside). */
    public List<ConferenceStatus> allowedNext() {
        return switch (this) {
            case PROPOSED -> List.of(SURVEYED, CANCELLED);
            case SURVEYED -> List.of(SCHEDULED, CANCELLED);
            case SCHEDULED -> List.of(HELD, CANCELLED);
            case HELD -> List.of(RESOLUTION_ISSUED);
            case RESOLUTION_ISSUED -> List.of(FOLLOW_UP);
            case FOLLOW_UP -> List.of(CLOSED);
            case CLOSED, CANCELLED -> List.of();
        };
    }

    public boolean canMoveTo(ConferenceStatus next) {
        return allowedNext().contains(next);
    }

    /** Whether the conference has taken place: HELD or any later status (not CANCELLED). */
    public boolean isHeldOrLater() {
        return this != CANCELLED && ordinal() >= HELD.ordinal();
    }

    /** The statuses passed through to reach this one, itself included (none for CANCELLED, whose past is unknown). */
    public Set<ConferenceStatus> reached() {
        if (this == CANCELLED) {
            return EnumSet.noneOf(ConferenceStatus.class);
        }
        return EnumSet.range(PROPOSED, this);
    }

    /** Only a conference that never got going may be deleted; anything later is kept for the record. */
    public boolean isDeletable() {
        return this == PROPOSED || this == CANCELLED;
    }
}
