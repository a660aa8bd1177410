package vn.nennep.imports;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.HashSet;
import java.util.UUID;
import org.hibernate.Session;
import org.hibernate.envers.AuditReaderFactory;
import vn.nennep.audit.Revision;
import vn.nennep.auth.Access;
import vn.nennep.common.Messages;
import vn.nennep.common.ProblemException;
import vn.nennep.common.Time;
import vn.nennep.imports.ImportResult.ImportError;
import vn.nennep.meetings.Meeting;
import vn.nennep.meetings.MeetingRequest;
import vn.nennep.meetings.MeetingRules;
import vn.nennep.organizations.Organization;

/**
 * Meeting records, the bulk case (years of paper minutes books). Each row is bound and validated like POST /meetings
 * and checked by {@link MeetingRules#applyAsSystem} (the API's own rules, the branch's roster and templates read once
 * per branch) after the caller's right to the branch is checked as for the API. Writing bypasses Hibernate: per chunk,
 * one query for the branches, one for the existing records, then JDBC batches (the driver rewrites them into
 * multi-row INSERTs) and the audit trail set-based: one revision per import transaction, and the {@code meetings_aud}
 * rows copied from the written rows with INSERT ... SELECT.
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
    private static final String INSERT = "insert into meetings (id, " + COLUMNS + ", version, created_at, updated_at)"
            + " values (?, " + "?, ".repeat(39) + "0, ?, ?)";
    private static final String UPDATE = "update meetings set (" + COLUMNS + ", version, updated_at) = ("
            + "?, ".repeat(39) + "version + 1, ?) where id = ?";
    private static final String AUDIT = "insert into meetings_aud (id, rev, revtype, " + COLUMNS
            + ", created_at, updated_at) select id, ?, ?, " + COLUMNS + ", created_at, updated_at from meetings"
            + " where id = any(?)";

    private final Binder binder;
    private final MeetingRules rules;
    private final Access access;
    private final EntityManager em;
    private final ObjectMapper json;

    MeetingRows(Binder binder, MeetingRules rules, Access access, EntityManager em, ObjectMapper json) {
        this.binder = binder;
        this.rules = rules;
        this.access = access;
        this.em = em;
        this.json = json;
    }

    RowHandler handler() {
        return new Chunks();
    }

    /** The state of one import: branches read so far (with the caller's right to each), the revision once made. */
    private final class Chunks implements RowHandler {
        private final Map<String, UUID> branchByExternalId = new HashMap<>();
        private final Map<UUID, MeetingRules.Branch> branches = new HashMap<>();
        private final Map<UUID, ProblemException> refused = new HashMap<>();
        private final Map<Object, String> jsonCache = new HashMap<>();
        private Long revision;

        @Override
        public void chunk(List<Row> rows, Tally tally) {
            List<Row> live = new ArrayList<>();
            for (Row row : rows) {
                String externalId = RowHandler.externalId(row.data());
                if (tally.firstTime(row.number(), externalId)) {
                    row.data().put("externalId", externalId);
                    live.add(row);
                }
            }
            preloadBranches(live);
            Map<String, Meeting> existing = existing(live);
            List<Meeting> inserts = new ArrayList<>();
            List<Meeting> updates = new ArrayList<>();
            OffsetDateTime now = Time.now();
            for (Row row : live) {
                List<ImportError> errors = Binder.none();
                ObjectNode data = row.data();
                UUID branchId = branchOf(data, row.number(), tally, errors);
                if (branchId == null) {
                    tally.failMessages(row.number(), errors);
                    continue;
                }
                MeetingRequest request = binder.bind(data, MeetingRequest.class, row.number(), tally, errors);
                if (request == null) {
                    tally.failMessages(row.number(), errors);
                    continue;
                }
                MeetingRules.Branch branch = branches.get(branchId);
                if (branch == null) {
                    Organization org = Organization.findById(branchId);
                    if (org == null) {
                        tally.fail(row.number(), List.of(new ProblemException.FieldViolation("branchId",
                                "meeting.branch.notFound", branchId)));
                        continue;
                    }
                    try {
                        branch = rules.branch(org);
                        access.requireImportRosterWrite(org);
                    } catch (ProblemException e) {
                        refused.put(branchId, e);
                    }
                    branches.put(branchId, branch);
                }
                if (refused.containsKey(branchId)) {
                    tally.fail(row.number(), refused.get(branchId));
                    continue;
                }
                Meeting before = existing.get(request.externalId().trim());
                Meeting meeting = before == null ? new Meeting() : before;
                Object[] old = before == null ? null : values(before);
                try {
                    rules.applyAsSystem(meeting, request, branch);
                } catch (ProblemException e) {
                    tally.fail(row.number(), e);
                    continue;
                }
                if (before == null) {
                    meeting.createdAt = now;
                    meeting.updatedAt = now;
                    inserts.add(meeting);
                    tally.created++;
                } else if (Arrays.equals(old, values(meeting))) {
                    tally.unchanged++;
                } else {
                    meeting.updatedAt = now;
                    updates.add(meeting);
                    tally.updated++;
                }
            }
            if (!inserts.isEmpty() || !updates.isEmpty()) {
                write(inserts, updates);
            }
        }

        private UUID branchOf(ObjectNode data, long number, Tally tally, List<ImportError> errors) {
            if (data.hasNonNull("branchExternalId")) {
                String key = data.remove("branchExternalId").asText().trim();
                UUID id = branchByExternalId.get(key);
                if (id == null) {
                    errors.add(new ImportError(number, "branchExternalId",
                            Messages.get(tally.locale, "import.reference.notFound", key)));
                    return null;
                }
                data.put("branchId", id.toString());
                return id;
            }
            data.remove("branchExternalId");
            if (!data.hasNonNull("branchId")) {
                errors.add(new ImportError(number, "branchExternalId",
                        Messages.get(tally.locale, "import.reference.required")));
                return null;
            }
            try {
                return UUID.fromString(data.get("branchId").asText().trim());
            } catch (IllegalArgumentException e) {
                errors.add(new ImportError(number, "branchId", Messages.get(tally.locale, "error.json.type", "UUID")));
                return null;
            }
        }

        /** The chunk's branch external ids not yet known, in one query. */
        private void preloadBranches(List<Row> rows) {
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
            if (wanted.isEmpty()) {
                return;
            }
            List<Organization> found = Organization.list("externalId in ?1", wanted);
            for (Organization org : found) {
                branchByExternalId.put(org.externalId, org.id);
            }
        }

        /** The chunk's records already stored, by external id, detached: the rules change them without a flush. */
        private Map<String, Meeting> existing(List<Row> rows) {
            List<String> ids = rows.stream().map(r -> r.data().get("externalId").asText()).toList();
            Map<String, Meeting> byExternalId = new LinkedHashMap<>();
            if (!ids.isEmpty()) {
                List<Meeting> found = Meeting.list("externalId in ?1", ids);
                found.forEach(m -> byExternalId.put(m.externalId, m));
            }
            em.flush();
            em.clear();
            return byExternalId;
        }

        private void write(List<Meeting> inserts, List<Meeting> updates) {
            if (revision == null) {
                revision = AuditReaderFactory.get(em).getCurrentRevision(Revision.class, true).id;
                em.flush();
                if (revision == null) {
                    revision = AuditReaderFactory.get(em).getCurrentRevision(Revision.class, false).id;
                }
            }
            long rev = revision;
            em.unwrap(Session.class).doWork(connection -> {
                batch(connection, INSERT, inserts, true);
                batch(connection, UPDATE, updates, false);
                audit(connection, rev, 0, inserts);
                audit(connection, rev, 1, updates);
            });
        }

        private void batch(Connection connection, String sql, List<Meeting> meetings, boolean insert)
                throws SQLException {
            if (meetings.isEmpty()) {
                return;
            }
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                for (Meeting m : meetings) {
                    int i = 1;
                    if (insert) {
                        statement.setObject(i++, m.id);
                    }
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
                    if (insert) {
                        statement.setTimestamp(i++, Timestamp.from(m.createdAt.toInstant()));
                    }
                    statement.setTimestamp(i++, Timestamp.from(m.updatedAt.toInstant()));
                    if (!insert) {
                        statement.setObject(i, m.id);
                    }
                    statement.addBatch();
                }
                statement.executeBatch();
            }
        }

        private void audit(Connection connection, long rev, int type, List<Meeting> meetings) throws SQLException {
            if (meetings.isEmpty()) {
                return;
            }
            try (PreparedStatement statement = connection.prepareStatement(AUDIT)) {
                statement.setLong(1, rev);
                statement.setInt(2, type);
                statement.setArray(3, connection.createArrayOf("uuid",
                        meetings.stream().map(m -> m.id).toArray()));
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
