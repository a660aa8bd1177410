package vn.nennep.common;

import jakarta.persistence.EntityManager;

/**
 * PostgreSQL advisory locks that keep work from running twice when several instances run at once. Each key is
 * "nennep-" and two letters folded into one bigint; the change feed's sequencer holds its own (changes/ChangeSequencer,
 * "CH"), the regular-month locks of meetings use the two-key form, which PostgreSQL keeps apart.
 */
public final class AdvisoryLocks {

    /** The first administrator's creation at start-up ("AD"). */
    public static final long ADMIN_BOOTSTRAP = 0x6e656e6e_6570_4144L;
    /** The demo districts' load at start-up ("DM"). */
    public static final long DEMO_DATA = 0x6e656e6e_6570_444dL;

    private AdvisoryLocks() {
    }

    /**
     * Waits for the lock, held until the current transaction ends. Its own statement: in READ COMMITTED, the next
     * statement's snapshot is taken after the previous holder committed, so it sees what that one wrote.
     */
    public static void lockForTransaction(EntityManager em, long key) {
        em.createNativeQuery("SELECT 1 FROM pg_advisory_xact_lock(:key)").setParameter("key", key).getSingleResult();
    }
}
