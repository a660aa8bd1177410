package vn.nennep.recommendations;

import java.time.LocalDate;
import java.util.List;

/**
 * Where a recommendation's thread stands: the type of its last state-changing entry. RAISED → FORWARDED → ANSWERED →
 * (REANSWER_REQUESTED → ANSWERED)* → ACCEPTED → PUBLISHED → RESOLVED. A recommendation addressed to a grassroots
 * committee may also be RESOLVED by that committee within its own authority straight from RAISED or FORWARDED (it
 * reports the result at the next briefing). RESOLVED is final. Pure.
 */
public enum RecommendationStatus {
    RAISED, FORWARDED, ANSWERED, REANSWER_REQUESTED, ACCEPTED, PUBLISHED, RESOLVED;

    /** The state-changing entries that may follow, in thread order; {@code toCommune}: the addressee is a commune. */
    public List<EntryType> nextSteps(boolean toCommune) {
        return switch (this) {
            case RAISED -> toCommune ? List.of(EntryType.FORWARDED, EntryType.RESOLVED) : List.of(EntryType.FORWARDED);
            case FORWARDED -> toCommune ? List.of(EntryType.ANSWERED, EntryType.RESOLVED) : List.of(EntryType.ANSWERED);
            case ANSWERED -> List.of(EntryType.REANSWER_REQUESTED, EntryType.ACCEPTED);
            case REANSWER_REQUESTED -> List.of(EntryType.ANSWERED);
            case ACCEPTED -> List.of(EntryType.PUBLISHED);
            case PUBLISHED -> List.of(EntryType.RESOLVED);
            case RESOLVED -> List.of();
        };
    }

    public boolean allows(EntryType step, boolean toCommune) {
        return step == EntryType.COMMENT || nextSteps(toCommune).contains(step);
    }

    /** Whether the addressed body still owes an answer: not yet answered, or its answer was sent back. */
    public boolean awaitsAnswer() {
        return this == RAISED || this == FORWARDED || this == REANSWER_REQUESTED;
    }

    /** Resolved within the commune's authority, before any answer was given. */
    public boolean resolvableWithinAuthority() {
        return this == RAISED || this == FORWARDED;
    }

    /**
     * Overdue: the due date has passed (today in Asia/Ho_Chi_Minh is after {@code dueOn}) and the addressed body still
     * owes an answer. On the due day itself it is not overdue yet.
     */
    public boolean overdue(LocalDate dueOn, LocalDate today) {
        return awaitsAnswer() && today.isAfter(dueOn);
    }

    /** The statuses that can be overdue, for queries. */
    public static List<RecommendationStatus> awaitingAnswer() {
        return List.of(RAISED, FORWARDED, REANSWER_REQUESTED);
    }
}
