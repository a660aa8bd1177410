package vn.nennep.audit;

/**
 * Told after a transaction that made a revision has committed (the change feed's numbering then has work). Declared
 * here and implemented by the feature that cares, so that the audit trail knows nothing of who listens; called from
 * the transaction's completion, in the order the old direct call had.
 */
public interface CommitListener {

    /** A transaction that made a revision has committed. */
    void committed();
}
