package vn.nennep.recommendations;

/**
 * The kinds of entry of a recommendation's thread. Every kind but COMMENT moves the thread to the status of the same
 * name; a comment (or a correction) changes nothing.
 */
public enum EntryType {
    RAISED, FORWARDED, ANSWERED, REANSWER_REQUESTED, ACCEPTED, PUBLISHED, RESOLVED, COMMENT;

    /** The status a thread is in after this entry; null for a comment. */
    public RecommendationStatus status() {
        return this == COMMENT ? null : RecommendationStatus.valueOf(name());
    }
}
