package vn.nennep.imports;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;
import org.hibernate.FlushMode;
import org.hibernate.Session;
import org.hibernate.envers.AuditReaderFactory;
import org.hibernate.jpa.HibernateHints;
import org.postgresql.PGConnection;
import org.postgresql.PGStatement;
import org.postgresql.copy.CopyIn;
import vn.nennep.audit.Revision;
import vn.nennep.auth.Access;
import vn.nennep.common.Messages;
import vn.nennep.common.ProblemException;
import vn.nennep.common.Time;
import vn.nennep.imports.ImportResult.ImportError;
import vn.nennep.meetings.Meeting;
import vn.nennep.meetings.MeetingRequest;
import vn.nennep.meetings.MeetingRules;
import vn.nennep.meetings.MeetingService;
import vn.nennep.meetings.RegularMonth;
import vn.nennep.organizations.Organization;

/**
 * Meeting records, the bulk case (years of paper minutes books). Each row is bound and validated like POST /meetings
 * (on the reading thread, {@link RowPipeline}) and checked by {@link MeetingRules#applyAsSystem} (the API's own rules,
 * the branch's roster and templates read once per branch) after the caller's right to the branch is checked as for
 * the API. Writing bypasses Hibernate: per chunk, one query for the existing records, then new records with COPY and
 * changed ones with a JDBC batch, and the audit rows of both (one revision per import transaction) copied from the
 * written rows with INSERT ... SELECT.
 */
@ApplicationScoped
class MeetingRows {

    static final String COLUMNS = "external_id, branch_id, kind, theme, topic, scheduled_at, started_at, ended_at,"
            + " duration_minutes, held, chair, minute_taker, members_total, present, excused, unexcused, exempt,"
            + " attendance_rate, attendance, guests, opinions, opinion_count, procedure_steps, conclusions, tasks,"
            + " vote_in_favour, vote_voters, score_criteria, score_total, score_band, draft_sent_on,"
            + " resolution_reported_on, pilot, combined, review_reviewer, review_strengths, review_limitations,"
            + " review_remedies, review_notice_number";
    private static final Set<Integer> JSON_COLUMNS = Set.of(18, 19, 20, 22, 24, 27);
    private static final String UPDATE = "update meetings set (" + COLUMNS + ", search_text, version, updated_at) = ("
            + "?, ".repeat(40) + "version + 1, ?) where id = ?";
    private static final String AUDIT = "insert into meetings_aud (id, rev, revtype, " + COLUMNS
            + ", created_at, updated_at) select id, ?, ?, " + COLUMNS + ", created_at, updated_at from meetings"
            + " where id = any(?)";

    private final Binder binder;
    private final MeetingRules rules;
    private final Access access;
    private final EntityManager em;
    private final ObjectMapper json;
    private final DataSource dataSource;
    private final MeetingService meetingService;

    MeetingRows(Binder binder, MeetingRules rules, Access access, EntityManager em, ObjectMapper json,
            DataSource dataSource, MeetingService meetingService) {
        this.binder = binder;
        this.meetingService = meetingService;
        this.dataSource = dataSource;
        this.rules = rules;
        this.access = access;
        this.em = em;
        this.json = json;
    }

    RowHandler handler() {
        return new Chunks();
    }

    /**
     * What the reading thread made of a row: its external id, its branch, the bound request or the row's errors, and
     * whether a record of that external id is stored (committed; this file's own rows are never looked up: a second
     * row with the same external id is refused).
     */
    private record Prepared(String externalId, UUID branchId, MeetingRequest request, List<ImportError> errors,
            boolean stored) {
    }

    /**
     * The state of one import: branches by external id (the reading thread's), branches read so far with the caller's
     * right to each, and the revision once made (the writing thread's).
     */
    private final class Chunks implements RowHandler {
        private final Map<String, UUID> branchByExternalId = new HashMap<>();
        private final Map<UUID, MeetingRules.Branch> branches = new HashMap<>();
        private final Map<UUID, ProblemException> refused = new HashMap<>();
        private final Map<Object, String> jsonCache = new HashMap<>();
        /** The chunk's regular months and the REGULAR records holding them (stored, then this chunk's rows). */
        private Map<RegularMonth.Key, List<RegularMonth.Holder>> months = new HashMap<>();
        private Long revision;

        /** Reading thread: branch external ids to ids (one query per chunk), then binding and Bean Validation. */
        @Override
        public void prepare(List<Row> rows, Locale locale) {
            Set<String> stored = new HashSet<>();
            try (Connection connection = dataSource.getConnection()) {
                preloadBranches(connection, rows);
                storedOf(connection, rows, stored);
            } catch (SQLException e) {
                throw new IllegalStateException("reading the branches and stored records of an import's rows", e);
            }
            for (Row row : rows) {
                ObjectNode data = row.data();
                String externalId = RowHandler.externalId(data);
                List<ImportError> errors = Binder.none();
                UUID branchId = null;
                MeetingRequest request = null;
                if (externalId != null) {
                    data.put("externalId", externalId);
                    branchId = branchOf(data, row.number(), locale, errors);
                    if (branchId != null) {
                        request = binder.bind(data, MeetingRequest.class, row.number(), locale, errors);
                    }
                }
                row.prepared(new Prepared(externalId, branchId, request, errors,
                        externalId != null && stored.contains(externalId)));
            }
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
                if (MeetingRules.readsDatabase(prepared.request())) {
                    early.put(row, check(row, existing));
                }
            }
            long rev = creates || !early.isEmpty() ? revision() : 0; // made before COPY: no other query while it runs
            List<Meeting> updates = new ArrayList<>();
            OffsetDateTime now = Time.now();
            List<Meeting> closing = new ArrayList<>();
            em.unwrap(Session.class).doWork(connection -> {
                try (Inserts inserts = new Inserts(connection, rev)) {
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
                            tally.created++;
                            if (early.containsKey(row)) {
                                closing.add(meeting);
                            }
                        } else if (outcome instanceof Changed changed) {
                            changed.meeting().updatedAt = now;
                            updates.add(changed.meeting());
                            tally.updated++;
                            if (early.containsKey(row)) {
                                closing.add(changed.meeting());
                            }
                        } else {
                            tally.unchanged++;
                        }
                    }
                }
            });
            if (!updates.isEmpty()) {
                long changed = revision();
                em.unwrap(Session.class).doWork(connection -> {
                    batch(connection, updates);
                    audit(connection, changed, 1, updates.stream().map(m -> m.id).toList());
                });
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
            em.unwrap(Session.class).doWork(connection -> {
                RegularMonth.lock(connection, keys.stream().map(RegularMonth.Key::branchId).distinct().toList());
                months = RegularMonth.holders(connection, keys);
            });
        }

        /**
         * A record the rules accepted, against the month it moves into (a new one, or a stored one whose branch, kind
         * or month changes): refused when another REGULAR record holds that month; else it holds it from now on.
         */
        private ProblemException claim(Meeting meeting, RegularMonth.Key was) {
            RegularMonth.Key key = RegularMonth.keyOf(meeting);
            if (key == null || key.equals(was)) {
                return null;
            }
            List<RegularMonth.Holder> there = months.computeIfAbsent(key, k -> new ArrayList<>());
            for (RegularMonth.Holder holder : there) {
                if (!holder.id().equals(meeting.id)) {
                    return RegularMonth.taken(key, holder, meeting);
                }
            }
            if (was != null && months.containsKey(was)) {
                months.get(was).removeIf(holder -> holder.id().equals(meeting.id));
            }
            OffsetDateTime when = meeting.startedAt != null ? meeting.startedAt : meeting.scheduledAt;
            there.add(new RegularMonth.Holder(meeting.id, when.atZoneSameInstant(Time.LOCAL).toLocalDate()));
            return null;
        }

        /** A stored record the row changes. */
        private record Changed(Meeting meeting) {
        }

        /** Why a row fails, field by field. */
        private record Invalid(List<ProblemException.FieldViolation> violations) {
        }

        /**
         * The chunk's branches not read before: the organizations in one query, the caller's right to write each
         * one's records, then what the rules read of them, all at once ({@link MeetingRules#readAll}).
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
                List<MeetingRules.Branch> read = new ArrayList<>();
                // One array parameter: Hibernate's "in ?1" over hundreds of ids was the import's largest allocation.
                @SuppressWarnings("unchecked")
                List<Organization> found = em.createNativeQuery("select * from organizations"
                        + " where id = any(cast(:ids as uuid[]))", Organization.class)
                        .setParameter("ids", wanted.stream().map(UUID::toString).toArray(String[]::new))
                        .getResultList();
                for (Organization org : found) {
                    wanted.remove(org.id);
                    try {
                        MeetingRules.Branch branch = rules.branch(org);
                        access.requireRosterWrite(org);
                        read.add(branch);
                    } catch (ProblemException e) {
                        refused.put(org.id, e);
                    }
                }
                wanted.forEach(unknown -> branches.put(unknown, null));
                rules.readAll(read);
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
            MeetingRules.Branch branch = branches.get(branchId);
            if (branch == null) {
                return new Invalid(List.of(new ProblemException.FieldViolation("branchId", "meeting.branch.notFound",
                        branchId)));
            }
            Meeting before = existing.get(prepared.externalId());
            Meeting meeting = before == null ? new Meeting() : before;
            Object[] old = before == null ? null : values(before);
            RegularMonth.Key was = before == null ? null : RegularMonth.keyOf(before);
            try {
                rules.applyAsSystem(meeting, prepared.request(), branch);
            } catch (ProblemException e) {
                return e;
            }
            ProblemException taken = claim(meeting, was);
            if (taken != null) {
                return taken;
            }
            if (before == null) {
                return meeting;
            }
            return Arrays.equals(old, values(meeting)) ? null : new Changed(meeting);
        }

        private UUID branchOf(ObjectNode data, long number, Locale locale, List<ImportError> errors) {
            if (data.hasNonNull("branchExternalId")) {
                String key = data.remove("branchExternalId").asText().trim();
                UUID id = branchByExternalId.get(key);
                if (id == null) {
                    errors.add(new ImportError(number, "branchExternalId",
                            Messages.get(locale, "import.reference.notFound", key)));
                    return null;
                }
                data.put("branchId", id.toString());
                return id;
            }
            data.remove("branchExternalId");
            if (!data.hasNonNull("branchId")) {
                errors.add(new ImportError(number, "branchExternalId",
                        Messages.get(locale, "import.reference.required")));
                return null;
            }
            try {
                return UUID.fromString(data.get("branchId").asText().trim());
            } catch (IllegalArgumentException e) {
                errors.add(new ImportError(number, "branchId", Messages.get(locale, "error.json.type", "UUID")));
                return null;
            }
        }

        /**
         * The chunk's branch external ids not yet known, in one query on the reading thread's own connection
         * (organizations are committed data: a meetings import never writes them).
         */
        private void preloadBranches(Connection connection, List<Row> rows) throws SQLException {
            Set<String> wanted = new HashSet<>();
            for (Row row : rows) {
                var node = row.data().get("branchExternalId");
                if (node != null && !node.isNull()) {
                    String key = node.asText().trim();
                    if (!branchByExternalId.containsKey(key)) {
                        wanted.add(key);
                    }
                }
            }
            byKeys(connection, "select external_id, id from organizations where external_id = any(?)", wanted,
                    found -> branchByExternalId.put(found.getString(1), found.getObject(2, UUID.class)));
        }

        /** The chunk's external ids that a stored record has, in one query on the reading thread's connection. */
        private void storedOf(Connection connection, List<Row> rows, Set<String> stored) throws SQLException {
            Set<String> keys = new HashSet<>();
            for (Row row : rows) {
                String key = RowHandler.externalId(row.data());
                if (key != null) {
                    keys.add(key);
                }
            }
            byKeys(connection, "select m.external_id from unnest(cast(? as varchar[])) k"
                    + " join meetings m on m.external_id = k", keys, found -> stored.add(found.getString(1)));
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

        /**
         * New records streamed to {@code COPY meetings} as they come (opened at the first), then their audit rows
         * (revision type 0) copied from the stored rows by one INSERT ... SELECT: cheaper for PostgreSQL than parsing
         * the same text twice. The feed's statement trigger on meetings_aud sees the chunk as one statement.
         */
        private final class Inserts implements AutoCloseable {
            private static final int FLUSH_CHARS = 1 << 16;
            /** The first rows of a chunk go sooner: PostgreSQL waits for them, idle since the previous chunk. */
            private int flushAt = FLUSH_CHARS / 8;
            private final Connection connection;
            private final long rev;
            private final StringBuilder rows = new StringBuilder(FLUSH_CHARS + 4096);
            private final List<UUID> ids = new ArrayList<>();
            private CopyIn copy;

            Inserts(Connection connection, long rev) {
                this.connection = connection;
                this.rev = rev;
            }

            void add(Meeting m) throws SQLException {
                rows.append(m.id);
                Object[] values = values(m);
                for (int c = 0; c < values.length; c++) {
                    Object value = values[c];
                    rows.append('\t');
                    CopyText.value(rows, value != null && JSON_COLUMNS.contains(c) ? toJson(value) : value);
                }
                rows.append('\t');
                CopyText.value(rows, m.searchText);
                rows.append('\t');
                CopyText.value(rows, m.createdAt.toInstant());
                rows.append('\t');
                CopyText.value(rows, m.updatedAt.toInstant());
                rows.append('\n');
                ids.add(m.id);
                if (copy == null) {
                    copy = connection.unwrap(PGConnection.class).getCopyAPI().copyIn(
                            "COPY meetings (id, " + COLUMNS + ", search_text, created_at, updated_at) FROM STDIN");
                }
                if (rows.length() >= flushAt) {
                    flushAt = FLUSH_CHARS;
                    flush();
                }
            }

            private void flush() throws SQLException {
                byte[] bytes = rows.toString().getBytes(StandardCharsets.UTF_8);
                copy.writeToCopy(bytes, 0, bytes.length);
                rows.setLength(0);
            }

            /** Ends the COPY of the records (cancels it when a row's check threw), then copies their audit rows. */
            @Override
            public void close() throws SQLException {
                if (copy == null) {
                    return;
                }
                try {
                    flush();
                    copy.endCopy();
                } finally {
                    if (copy.isActive()) {
                        copy.cancelCopy();
                    }
                }
                audit(connection, rev, 0, ids);
            }
        }

        private void batch(Connection connection, List<Meeting> meetings) throws SQLException {
            if (meetings.isEmpty()) {
                return;
            }
            try (PreparedStatement statement = connection.prepareStatement(UPDATE)) {
                for (Meeting m : meetings) {
                    int i = 1;
                    Object[] values = values(m);
                    for (int c = 0; c < values.length; c++) {
                        Object value = values[c];
                        if (JSON_COLUMNS.contains(c)) {
                            statement.setObject(i++, value == null ? null : toJson(value), Types.OTHER);
                        } else if (value instanceof java.time.Instant instant) {
                            statement.setTimestamp(i++, Timestamp.from(instant));
                        } else {
                            statement.setObject(i++, value);
                        }
                    }
                    statement.setString(i++, m.searchText);
                    statement.setTimestamp(i++, Timestamp.from(m.updatedAt.toInstant()));
                    statement.setObject(i, m.id);
                    statement.addBatch();
                }
                statement.executeBatch();
            }
        }

        /** The audit rows of {@code revtype} (0 created, 1 changed), copied from the records just written. */
        private void audit(Connection connection, long rev, int revtype, List<UUID> ids) throws SQLException {
            if (ids.isEmpty()) {
                return;
            }
            try (PreparedStatement statement = connection.prepareStatement(AUDIT)) {
                // Planned afresh each time, never from a kept plan: one kept from when meetings was empty (an import
                // into an empty table, whose first chunks are planned before the table grows) scanned the whole table
                // once per chunk, and an import of 100,000 records took 33 s instead of 7 (bench/README.md).
                statement.unwrap(PGStatement.class).setPrepareThreshold(0);
                statement.setLong(1, rev);
                statement.setInt(2, revtype);
                statement.setArray(3, connection.createArrayOf("uuid", ids.toArray()));
                statement.executeUpdate();
            }
        }

        private String toJson(Object value) {
            String cached = jsonCache.get(value);
            if (cached != null) {
                return cached;
            }
            try {
                String text = json.writeValueAsString(value);
                if (jsonCache.size() > 1000) {
                    jsonCache.clear();
                }
                jsonCache.put(value, text);
                return text;
            } catch (JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    /** One row of a JDBC result. */
    private interface ResultRow {
        void accept(ResultSet row) throws SQLException;
    }

    /** Runs {@code sql} with the keys as its one array parameter (nothing when there are none), row by row. */
    private static void byKeys(Connection connection, String sql, Set<String> keys, ResultRow each)
            throws SQLException {
        if (keys.isEmpty()) {
            return;
        }
        try (PreparedStatement query = connection.prepareStatement(sql)) {
            query.setArray(1, connection.createArrayOf("varchar", keys.toArray()));
            try (ResultSet found = query.executeQuery()) {
                while (found.next()) {
                    each.accept(found);
                }
            }
        }
    }

    /** The stored columns in {@link #COLUMNS}' order; instants for times, so that equal moments compare equal. */
    static Object[] values(Meeting m) {
        return new Object[] {m.externalId, m.branchId, m.kind == null ? null : m.kind.name(), m.theme, m.topic,
            instant(m.scheduledAt), instant(m.startedAt), instant(m.endedAt), m.durationMinutes, m.held, m.chair,
            m.minuteTaker, m.membersTotal, m.present, m.excused, m.unexcused, m.exempt,
            m.attendanceRate == null ? null : m.attendanceRate.stripTrailingZeros(), m.attendance, m.guests,
            m.opinions, m.opinionCount, m.procedure, m.conclusions, m.tasks, m.voteInFavour, m.voteVoters,
            m.scoreCriteria, m.scoreTotal, m.scoreBand == null ? null : m.scoreBand.name(), m.draftSentOn,
            m.resolutionReportedOn, m.pilot, m.combined, m.reviewReviewer, m.reviewStrengths, m.reviewLimitations,
            m.reviewRemedies, m.reviewNoticeNumber};
    }

    private static java.time.Instant instant(OffsetDateTime time) {
        return time == null ? null : time.toInstant();
    }
}
