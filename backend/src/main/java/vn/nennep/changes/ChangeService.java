package vn.nennep.changes;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import vn.nennep.auth.Access;
import vn.nennep.common.ChangeHistoryLost;

/**
 * Reads the change feed (V11's outbox) after numbering what has committed, scoped as reading each resource is
 * (see {@link Access}): the caller's subtree for organizations and meetings, above/at/below for what is anchored at
 * an organization, either side for recommendations, member changes only for callers who may read member names,
 * accounts and machine clients for system administrators only.
 */
@ApplicationScoped
public class ChangeService {

    public static final int DEFAULT_LIMIT = 100;
    public static final int MAX_LIMIT = 1000;

    /**
     * One statement, so one snapshot: the caller's next changes, and beside each (or alone, when there is none) the
     * highest number given so far, and, when the cursor lies in the gap an epoch left (V18), the end of the history
     * before that gap. Numbers are given in commit order by one assigner at a time, so every change up to that number
     * is final when the statement reads it (see {@link ChangeSequencer}).
     */
    private static final String PAGE = """
            SELECT h.seq, h.resource, h.resource_id, h.operation, h.at, h.href, e.horizon, e.gap_after
              FROM (SELECT coalesce(max(seq), 0) AS horizon,
                           (SELECT max(history_end) FROM change_epochs
                             WHERE history_end < :after AND first_seq > :after) AS gap_after
                      FROM change_outbox) e
              LEFT JOIN (SELECT seq, resource, resource_id, operation, at, href FROM change_outbox
                          WHERE seq > :after AND (%s)
                          ORDER BY seq LIMIT :limit) h ON true
             ORDER BY h.seq""";
    private static final String SCOPE = """
                   visibility = 'SUBTREE' AND starts_with(path, :p)
                OR visibility = 'ROSTER' AND :names AND starts_with(path, :p)
                OR visibility = 'ANCHORED' AND (starts_with(path, :p) OR starts_with(:p, path))
                OR visibility = 'BOTH_ANCHORED' AND (starts_with(path, :p) OR starts_with(:p, path))
                   AND (starts_with(other_path, :p) OR starts_with(:p, other_path))
                OR visibility = 'EITHER' AND (starts_with(path, :p) OR starts_with(other_path, :p))""";
    private static final String SCOPED = PAGE.formatted(SCOPE);
    private static final String EVERYTHING = PAGE.formatted("true");

    private final Access access;
    private final ChangeSequencer sequencer;
    private final EntityManager em;

    public ChangeService(Access access, ChangeSequencer sequencer, EntityManager em) {
        this.access = access;
        this.sequencer = sequencer;
        this.em = em;
    }

    /**
     * The caller's changes numbered above {@code after}, at most {@code limit} of them.
     *
     * @throws ChangeHistoryLost when {@code after} lies in an epoch's gap (the source was restored to an earlier point
     *         and the caller had read past it) or beyond every number given out (a cursor from a lost history, or
     *         from another source); a cursor up to the restored history's end keeps working
     */
    public ChangePage list(long after, int limit) {
        String prefix = access.readPrefix();
        boolean everything = prefix == null && access.caller().isAdmin();
        sequencer.assign();
        var query = em.createNativeQuery(everything ? EVERYTHING : SCOPED, Object[].class)
                .setParameter("after", after).setParameter("limit", limit);
        if (!everything) {
            query.setParameter("p", prefix == null ? "/-/" : prefix).setParameter("names", access.mayReadNames());
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        long horizon = ((Number) rows.get(0)[6]).longValue();
        Object gapAfter = rows.get(0)[7];
        if (gapAfter != null) {
            throw new ChangeHistoryLost(after, ((Number) gapAfter).longValue());
        }
        if (after > horizon) {
            throw new ChangeHistoryLost(after, horizon);
        }
        List<Change> items = rows.stream().filter(row -> row[0] != null).map(ChangeService::change).toList();
        if (items.size() == limit) {
            return new ChangePage(items, items.get(items.size() - 1).seq());
        }
        // Fewer than asked: the statement looked at every change up to the horizon, including those the caller may
        // not see. The cursor moves past them, so that a narrow reader after a bulk import elsewhere reads the
        // import's rows once, not on every call.
        return new ChangePage(items, horizon);
    }

    private static Change change(Object[] row) {
        Object at = row[4];
        OffsetDateTime when = at instanceof OffsetDateTime o ? o.withOffsetSameInstant(ZoneOffset.UTC)
                : at instanceof java.time.Instant i ? i.atOffset(ZoneOffset.UTC)
                : ((java.sql.Timestamp) at).toInstant().atOffset(ZoneOffset.UTC);
        return new Change(((Number) row[0]).longValue(), (String) row[1], (UUID) row[2],
                Change.Operation.valueOf((String) row[3]), when, (String) row[5]);
    }
}
