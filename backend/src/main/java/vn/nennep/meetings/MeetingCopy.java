package vn.nennep.meetings;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.postgresql.PGConnection;
import org.postgresql.PGStatement;
import org.postgresql.copy.CopyIn;
import vn.nennep.imports.spi.CopyText;

/**
 * How a bulk import writes meeting records, bypassing Hibernate: new records streamed to {@code COPY meetings}, changed
 * ones in one JDBC batch, and the audit rows of both (Envers' {@code meetings_aud}, one revision per import
 * transaction) copied from the written rows with INSERT ... SELECT. One per import (it keeps the JSON of values seen).
 */
final class MeetingCopy {

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

    private final ObjectMapper json;
    private final Map<Object, String> jsonCache = new HashMap<>();

    MeetingCopy(ObjectMapper json) {
        this.json = json;
    }

    /** A chunk's new records on {@code connection}, audited under revision {@code rev}. */
    Inserts inserts(Connection connection, long rev) {
        return new Inserts(connection, rev);
    }

    /**
     * New records streamed to {@code COPY meetings} as they come (opened at the first), then their audit rows
     * (revision type 0) copied from the stored rows by one INSERT ... SELECT: cheaper for PostgreSQL than parsing
     * the same text twice. The feed's statement trigger on meetings_aud sees the chunk as one statement.
     */
    final class Inserts implements AutoCloseable {
        private static final int FLUSH_CHARS = 1 << 16;
        /** The first rows of a chunk go sooner: PostgreSQL waits for them, idle since the previous chunk. */
        private int flushAt = FLUSH_CHARS / 8;
        private final Connection connection;
        private final long rev;
        private final StringBuilder rows = new StringBuilder(FLUSH_CHARS + 4096);
        private final List<UUID> ids = new ArrayList<>();
        private CopyIn copy;

        private Inserts(Connection connection, long rev) {
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

    /** Changed records in one JDBC batch, then their audit rows (revision type 1) under revision {@code rev}. */
    void updates(Connection connection, long rev, List<Meeting> meetings) throws SQLException {
        batch(connection, meetings);
        audit(connection, rev, 1, meetings.stream().map(m -> m.id).toList());
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
                    } else if (value instanceof Instant instant) {
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
    private static void audit(Connection connection, long rev, int revtype, List<UUID> ids) throws SQLException {
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

    private static Instant instant(OffsetDateTime time) {
        return time == null ? null : time.toInstant();
    }
}
