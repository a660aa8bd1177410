package vn.nennep.common;

/**
 * 410: a change feed cursor ({@code after}) that lies past the history the source still has: in the gap a new epoch
 * leaves after a restore, or beyond every number given out. The changes the caller read after {@code resumeAfter} are
 * no longer in the source; every change up to it still is.
 */
public class ChangeHistoryLost extends ProblemException {

    private final long resumeAfter;

    public ChangeHistoryLost(long after, long resumeAfter) {
        super(ProblemKind.CHANGE_HISTORY_LOST, "changes.history.lost", String.valueOf(after),
                String.valueOf(resumeAfter)); // digits as the client sends them, not grouped
        this.resumeAfter = resumeAfter;
    }

    /** The highest seq the source still has at or below the refused cursor. */
    public long resumeAfter() {
        return resumeAfter;
    }
}
