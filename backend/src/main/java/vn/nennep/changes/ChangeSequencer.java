package vn.nennep.changes;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.jboss.logging.Logger;
import vn.nennep.audit.CommitListener;
import vn.nennep.common.ReportQueries;

/**
 * Numbers the change outbox (V11): in its own short READ COMMITTED transaction, first takes a transaction-level
 * advisory lock (its own statement, so that the next statement's snapshot is taken after the previous assigner
 * committed), then gives every committed row still without a number the next numbers in insertion order, and commits.
 * Only committed rows are visible and assigners run one at a time, so numbers follow commit order and are never
 * reused; a writer that commits late is simply numbered by a later run. Run before every read of the feed, and every
 * few seconds when this application has committed changes since ({@link #due}).
 * <p>
 * Across failovers and restores (V18): under the lock, before numbering, {@code change_epoch_check()} records the
 * database's (system identifier, timeline, database oid) when it has not numbered on it before, and the numbering
 * then starts a billion past the highest seq: a database restored to an earlier point never gives out again a seq it
 * gave out before, and {@link ChangeService} refuses cursors in the gap (410). The check reads three server functions
 * once per database session (a session cannot outlive its server's timeline), so it costs nothing per read.
 */
@ApplicationScoped
public class ChangeSequencer implements CommitListener {

    /**
     * The advisory lock's key: "nennep-changes" folded to a number. The application's other one-key (bigint) advisory
     * locks are listed in {@link vn.nennep.common.AdvisoryLocks}; the regular-month locks of meetings use the two-key
     * form, which PostgreSQL keeps apart.
     */
    static final long LOCK_KEY = 0x6e656e6e_6570_4348L;

    /** A scheduled run numbers at least this often, whatever this application committed (see {@link #due}). */
    static final long AT_LEAST_EVERY_NANOS = TimeUnit.MINUTES.toNanos(1);

    private static final Logger LOG = Logger.getLogger(ChangeSequencer.class);

    private final EntityManager em;
    /** Set once the epoch check has said what it could not read, so that it is logged once per process. */
    private final AtomicBoolean epochNoteLogged = new AtomicBoolean();
    /** Set when a transaction of this application that made a revision has committed: its changes wait. */
    private final AtomicBoolean committed = new AtomicBoolean(true);
    private final AtomicLong commits = new AtomicLong();
    private volatile long lastRun = System.nanoTime();

    public ChangeSequencer(EntityManager em) {
        this.em = em;
    }

    /**
     * The lock, then the epoch check (V18's {@code change_epoch_check()}): one statement, the function called for the
     * lock's one row, so after the lock is held; its own queries, a volatile function's, see what the previous
     * assigner committed.
     */
    static final String LOCK_AND_CHECK_EPOCH = "SELECT change_epoch_check() FROM pg_advisory_xact_lock(:key)";

    /**
     * The numbering: every committed row without a number gets the next one, in insertion (id) order. The highest
     * number so far, or the current epoch's first seq less one when that is higher (a new epoch begins with a jump), is
     * a scalar subquery of the statement's snapshot, computed once, before the statement's own updates.
     */
    static final String NUMBERING = """
            UPDATE change_outbox c SET seq = (SELECT greatest(coalesce(max(seq), 0),
                                                              (SELECT coalesce(max(first_seq), 1) - 1 FROM change_epochs))
                                                FROM change_outbox) + t.rank
            FROM (SELECT id, row_number() OVER (ORDER BY id) AS rank FROM change_outbox WHERE seq IS NULL) t
            WHERE c.id = t.id AND c.seq IS NULL""";

    /** Numbers what has committed since the last run; returns how many rows it numbered. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int assign() {
        Object note = em.createNativeQuery(LOCK_AND_CHECK_EPOCH).setParameter("key", LOCK_KEY).getSingleResult();
        if (note != null && epochNoteLogged.compareAndSet(false, true)) {
            LOG.warnf("The change feed cannot tell a restored or promoted database from the one it numbered on (%s):"
                    + " a mirror whose cursor lies past a restore point would be refused only until new changes"
                    + " outgrow it. Grant the application's database role EXECUTE on pg_control_system(),"
                    + " pg_walfile_name(pg_lsn) and pg_current_wal_lsn() (deploy/CHANGE-FEED-RESTORE.md).", note);
        }
        // Right after a bulk import commits 100,000 changes, the table's statistics still say a few rows wait for a
        // number; the planner then joined the rows to their numbers in a nested loop that ran the numbering subquery
        // again for every row: minutes of CPU while holding the lock every reader of the feed waits for.
        ReportQueries.withoutNestedLoops(em);
        return em.createNativeQuery(NUMBERING).executeUpdate();
    }

    /** Called after a transaction that made a revision committed (by the audit trail's {@code RevisionStamp}). */
    @Override
    public void committed() {
        commits.incrementAndGet();
        committed.set(true);
    }

    /** How many such transactions this application has committed. */
    long commits() {
        return commits.get();
    }

    /**
     * Whether a scheduled run has work: this application committed changes since the last run, or a minute has
     * passed (changes written by another instance or by hand). Otherwise it would walk the outbox's unnumbered rows
     * every few seconds for nothing, and during a bulk import those are the import's 100,000 uncommitted rows
     * (0.6 s of the database's CPU during an import of 100,000 meeting records). Readers of the feed number first
     * in any case ({@link ChangeService}).
     */
    boolean due(long now) {
        boolean due = committed.getAndSet(false) || now - lastRun >= AT_LEAST_EVERY_NANOS;
        if (due) {
            lastRun = now;
        }
        return due;
    }

    @Scheduled(every = "${nennep.changes.assign-every:3s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        if (!due(System.nanoTime())) {
            return;
        }
        try {
            assign();
        } catch (RuntimeException e) {
            committed.set(true); // not numbered: the next run tries again
            throw e;
        }
    }
}
