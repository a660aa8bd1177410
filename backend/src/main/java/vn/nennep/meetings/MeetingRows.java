package vn.nennep.meetings;

import jakarta.persistence.EntityManager;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.hibernate.FlushMode;
import org.hibernate.Session;
import org.hibernate.envers.AuditReaderFactory;
import org.hibernate.jpa.HibernateHints;
import vn.nennep.audit.Revision;
import vn.nennep.auth.Access;
import vn.nennep.common.ProblemException;
import vn.nennep.common.Time;
import vn.nennep.imports.spi.RowHandler;
import vn.nennep.imports.spi.Tally;
import vn.nennep.meetings.MeetingBinding.Prepared;
import vn.nennep.organizations.Organization;

/**
 * One import of meeting records, the bulk case (years of paper minutes books). Each row is bound and validated like
 * POST /meetings on the reading thread ({@link MeetingBinding}) and checked by {@link MeetingRules} (the
 * API's own rules, the branch's roster and templates read once per branch) after the caller's right to the branch is
 * checked as for the API. Writing bypasses Hibernate ({@link MeetingCopy}): per chunk, one query for the existing
 * records, then new records with COPY and changed ones with a JDBC batch, with their audit rows.
 */
final class MeetingRows implements RowHandler {

    private final MeetingBinding binding;
    private final MeetingCopy copy;
    private final MeetingWriter writer;
    private final MeetingContexts contexts;
    private final Access access;
    private final EntityManager em;
    private final MeetingService meetingService;
    /** Branches read so far with the caller's right to each (the writing thread's). */
    private final Map<UUID, MeetingContexts.Branch> branches = new HashMap<>();
    private final Map<UUID, ProblemException> refused = new HashMap<>();
    private final MonthClaims claims = new MonthClaims();
    /** The import's one revision, once made. */
    private Long revision;

    MeetingRows(MeetingBinding binding, MeetingCopy copy, MeetingWriter writer, MeetingContexts contexts,
            Access access, EntityManager em, MeetingService meetingService) {
        this.binding = binding;
        this.copy = copy;
        this.writer = writer;
        this.contexts = contexts;
        this.access = access;
        this.em = em;
        this.meetingService = meetingService;
    }

    /** Reading thread: branch external ids to ids (one query per chunk), then binding and Bean Validation. */
    @Override
    public void prepare(List<Row> rows, Locale locale) {
        binding.prepare(rows, locale);
    }

    /**
     * Writing thread, in the import's transaction. First what needs the database: the records already stored, the
     * chunk's branches (with the caller's right to each, and all the rules read about them), the rows whose tasks
     * the rules look up. Then each row is checked and a new record streamed to COPY at once, so that PostgreSQL
     * stores it while the next rows are checked; the database must not be asked anything while COPY runs.
     */
    @Override
    public void chunk(List<Row> rows, Tally tally) {
        List<Row> live = new ArrayList<>();
        for (Row row : rows) {
            Prepared prepared = (Prepared) row.prepared();
            if (!tally.firstTime(row.number(), prepared.externalId())) {
                continue;
            }
            if (prepared.request() == null) {
                tally.failMessages(row.number(), prepared.errors());
                continue;
            }
            live.add(row);
        }
        Map<String, Meeting> existing = existing(live);
        Map<Row, Object> early = new HashMap<>();
        boolean creates = false;
        readBranches(live);
        readMonths(live);
        for (Row row : live) {
            Prepared prepared = (Prepared) row.prepared();
            creates |= !existing.containsKey(prepared.externalId());
            if (MeetingContexts.readsDatabase(prepared.request())) {
                early.put(row, check(row, existing));
            }
        }
        long rev = creates || !early.isEmpty() ? revision() : 0; // made before COPY: no other query while it runs
        List<Meeting> updates = new ArrayList<>();
        OffsetDateTime now = Time.now();
        List<Meeting> closing = new ArrayList<>();
        em.unwrap(Session.class).doWork(connection -> {
            try (MeetingCopy.Inserts inserts = copy.inserts(connection, rev)) {
                for (Row row : live) {
                    Object outcome = early.containsKey(row) ? early.get(row) : check(row, existing);
                    if (outcome instanceof ProblemException e) {
                        tally.fail(row.number(), e);
                    } else if (outcome instanceof Invalid invalid) {
                        tally.fail(row.number(), invalid.violations());
                    } else if (outcome instanceof Meeting meeting) {
                        meeting.createdAt = now;
                        meeting.updatedAt = now;
                        inserts.add(meeting);
                        tally.created();
                        if (early.containsKey(row)) {
                            closing.add(meeting);
                        }
                    } else if (outcome instanceof Changed changed) {
                        changed.meeting().updatedAt = now;
                        updates.add(changed.meeting());
                        tally.updated();
                        if (early.containsKey(row)) {
                            closing.add(changed.meeting());
                        }
                    } else {
                        tally.unchanged();
                    }
                }
            }
        });
        if (!updates.isEmpty()) {
            long changed = revision();
            em.unwrap(Session.class).doWork(connection -> copy.updates(connection, changed, updates));
        }
        // As POST and PUT do: a carried task saved DONE or CANCELLED closes the earlier record's task (now that
        // this chunk's records are stored, an earlier row of the same chunk included).
        closing.forEach(meetingService::closeCarriedTasks);
    }

    /**
     * One regular meeting a month ({@link RegularMonth}), as POST and PUT keep it: the branches of the chunk's
     * regular records locked, then the REGULAR records holding their months read in one query (before COPY).
     */
    private void readMonths(List<Row> rows) {
        Set<RegularMonth.Key> keys = new HashSet<>();
        for (Row row : rows) {
            Prepared prepared = (Prepared) row.prepared();
            MeetingRequest r = prepared.request();
            RegularMonth.Key key = RegularMonth.keyOf(prepared.branchId(), r.kind(), r.startedAt(), r.scheduledAt());
            if (key != null) {
                keys.add(key);
            }
        }
        claims.read(em.unwrap(Session.class), keys);
    }

    /** A stored record the row changes. */
    private record Changed(Meeting meeting) {
    }

    /** Why a row fails, field by field. */
    private record Invalid(List<ProblemException.FieldViolation> violations) {
    }

    /**
     * The chunk's branches not read before: the organizations in one query, the caller's right to write each
     * one's records, then what the rules read of them, all at once ({@link MeetingContexts#readAll}).
     */
    private void readBranches(List<Row> rows) {
        Set<UUID> wanted = new HashSet<>();
        for (Row row : rows) {
            UUID id = ((Prepared) row.prepared()).branchId();
            if (!branches.containsKey(id) && !refused.containsKey(id)) {
                wanted.add(id);
            }
        }
        if (wanted.isEmpty()) {
            return;
        }
        // Committed data that the import never writes: read without flushing the session first.
        Session session = em.unwrap(Session.class);
        FlushMode flushMode = session.getHibernateFlushMode();
        session.setHibernateFlushMode(FlushMode.MANUAL);
        try {
            List<MeetingContexts.Branch> read = new ArrayList<>();
            // One array parameter: Hibernate's "in ?1" over hundreds of ids was the import's largest allocation.
            @SuppressWarnings("unchecked")
            List<Organization> found = em.createNativeQuery("select * from organizations"
                    + " where id = any(cast(:ids as uuid[]))", Organization.class)
                    .setParameter("ids", wanted.stream().map(UUID::toString).toArray(String[]::new))
                    .getResultList();
            for (Organization org : found) {
                wanted.remove(org.id);
                try {
                    MeetingContexts.Branch branch = contexts.branch(org);
                    access.requireRosterWrite(org);
                    read.add(branch);
                } catch (ProblemException e) {
                    refused.put(org.id, e);
                }
            }
            wanted.forEach(unknown -> branches.put(unknown, null));
            contexts.readAll(read);
            read.forEach(branch -> branches.put(branch.organization().id, branch));
        } finally {
            session.setHibernateFlushMode(flushMode);
        }
    }

    /**
     * A row checked by the rules: a new {@link Meeting}, a {@link Changed} one, {@code null} when unchanged, or why
     * it fails (a {@link ProblemException}, or {@link Invalid}).
     */
    private Object check(Row row, Map<String, Meeting> existing) {
        Prepared prepared = (Prepared) row.prepared();
        UUID branchId = prepared.branchId();
        if (refused.containsKey(branchId)) {
            return refused.get(branchId);
        }
        MeetingContexts.Branch branch = branches.get(branchId);
        if (branch == null) {
            return new Invalid(List.of(new ProblemException.FieldViolation("branchId", "meeting.branch.notFound",
                    branchId)));
        }
        Meeting before = existing.get(prepared.externalId());
        Meeting meeting = before == null ? new Meeting() : before;
        Object[] old = before == null ? null : MeetingCopy.values(before);
        RegularMonth.Key was = before == null ? null : RegularMonth.keyOf(before);
        try {
            writer.applyAsSystem(meeting, prepared.request(), branch);
        } catch (ProblemException e) {
            return e;
        }
        ProblemException taken = claims.claim(meeting, was);
        if (taken != null) {
            return taken;
        }
        if (before == null) {
            return meeting;
        }
        return Arrays.equals(old, MeetingCopy.values(meeting)) ? null : new Changed(meeting);
    }

    /**
     * The chunk's records already stored, by external id, detached: the rules change them without a flush. Only the
     * rows the reading thread found stored are read (none, when a file brings new records).
     */
    private Map<String, Meeting> existing(List<Row> rows) {
        List<String> ids = rows.stream().map(r -> (Prepared) r.prepared()).filter(Prepared::stored)
                .map(Prepared::externalId).toList();
        Map<String, Meeting> byExternalId = new HashMap<>();
        em.flush(); // what the previous chunk left (a carried task closed), before the session is emptied
        if (!ids.isEmpty()) {
            // A join with the keys, not "in (...)": a plan kept from when the table was small (an import into an
            // empty table grows it in its own transaction) would otherwise scan every row once per chunk. Read
            // only: no snapshot to keep and no dirty check, since they are detached at once.
            @SuppressWarnings("unchecked")
            List<Meeting> found = em.createNativeQuery("select m.* from unnest(cast(:keys as varchar[])) k"
                    + " join meetings m on m.external_id = k", Meeting.class)
                    .setParameter("keys", ids.toArray(String[]::new))
                    .setHint(HibernateHints.HINT_READ_ONLY, true).getResultList();
            found.forEach(m -> byExternalId.put(m.externalId, m));
        }
        em.clear();
        return byExternalId;
    }

    /** The import's one revision, made at its first write. */
    private long revision() {
        if (revision == null) {
            revision = AuditReaderFactory.get(em).getCurrentRevision(Revision.class, true).id;
            em.flush();
            if (revision == null) {
                revision = AuditReaderFactory.get(em).getCurrentRevision(Revision.class, false).id;
            }
        }
        return revision;
    }
}
