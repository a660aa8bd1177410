package vn.nennep.audit;

/**
 * Who may read the audit trail of a resource that no longer exists (its own read answers 404). Declared here and
 * decided by auth, which knows the caller, so that the audit trail does not depend on it.
 */
public interface HistoryReaders {

    /** Whether the current caller may read a deleted resource's history. */
    boolean mayReadDeleted();
}
