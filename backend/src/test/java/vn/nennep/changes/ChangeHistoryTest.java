package vn.nennep.changes;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.nennep.changes.Feed.CHANGES;
import static vn.nennep.support.Api.api;
import static vn.nennep.support.Fixtures.code;

import io.quarkus.test.junit.QuarkusTest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import vn.nennep.support.Fixtures;

/**
 * The feed across restores (V18): a database the sequencer has not numbered on starts an epoch a billion numbers
 * ahead; a cursor in an epoch's gap, or beyond every number given out, is a 410 naming the end of the history the
 * source still has; a cursor up to that end keeps working. A restore is simulated by recording an epoch by hand (the
 * real promotion is DatabaseFailoverIT's).
 */
@QuarkusTest
class ChangeHistoryTest {

    private static final String PROBLEM = "application/problem+json";
    private static final String LOST = "urn:nennep:problem:change-history-lost";
    private static final long JUMP = 1_000_000_000L;

    @Test
    void aCursorBeyondEveryNumberGivenOutIs410NamingTheEnd() {
        long end = Feed.head();
        api().queryParam("after", end + 1).get(CHANGES).then().statusCode(410).contentType(PROBLEM)
                .body("type", equalTo(LOST), "title", equalTo("Lịch sử thay đổi không còn"), "status", equalTo(410),
                        "detail", containsString("after=" + (end + 1)),
                        "detail", containsString("đọc tiếp với after=" + end + "."),
                        "instance", equalTo(CHANGES));
        api().header("Accept-Language", "en").queryParam("after", Long.MAX_VALUE).get(CHANGES).then()
                .statusCode(410).contentType(PROBLEM)
                .body("title", equalTo("Change history lost"), "detail", containsString("restored to an earlier point"),
                        "detail", containsString("continue with after=" + end + "."));
        api().queryParam("after", end).get(CHANGES).then().statusCode(200);
    }

    @Test
    void afterARestoreACursorInTheGapIs410AndOneUpToTheRestoredEndReadsOn() throws SQLException {
        long before = Feed.head();
        String district = Fixtures.district(code("Huyện Gia Lộc"));
        long restoredEnd = Feed.head();
        // The source restored to restoredEnd: a mirror that had read on to restoredEnd + 3 holds changes it lost.
        long firstOfEpoch = recordRestoreEpoch(restoredEnd);
        try {
            long lostCursor = restoredEnd + 3;
            gone(lostCursor, restoredEnd);

            String after = Fixtures.district(code("Huyện Tứ Kỳ"));
            List<Map<String, Object>> fromRestoredEnd = Feed.all(() -> api(), restoredEnd);
            assertEquals(after, fromRestoredEnd.get(0).get("id"));
            assertEquals(firstOfEpoch, ((Number) fromRestoredEnd.get(0).get("seq")).longValue(),
                    "the first change after the restore is numbered past the gap");
            gone(lostCursor, restoredEnd);
            gone(firstOfEpoch - 1, restoredEnd);
            List<String> fromBefore = Feed.ids(Feed.all(() -> api(), before));
            assertEquals(List.of(district, after), fromBefore.stream().filter(List.of(district, after)::contains).toList());
            api().queryParam("after", firstOfEpoch).get(CHANGES).then().statusCode(200);
        } finally {
            try (Connection c = Feed.connect(); Statement s = c.createStatement()) {
                s.executeUpdate("DELETE FROM change_epochs WHERE first_seq = " + firstOfEpoch);
            }
        }
    }

    @Test
    void aDatabaseNotNumberedOnBeforeStartsAnEpochABillionAhead() throws SQLException {
        try (Connection c = Feed.connect(); Statement s = c.createStatement()) {
            c.setAutoCommit(false);
            try {
                // As if the database had come back on a timeline it never numbered on: every recorded one is another.
                s.executeUpdate("UPDATE change_epochs SET timeline = timeline + 4000000000");
                s.executeUpdate("INSERT INTO change_outbox (resource, resource_id, operation, at, rev, href,"
                        + " visibility) VALUES ('meetings', gen_random_uuid(), 'CREATE', now(), 0, '/x', 'ADMIN')");
                long highest = single(s, "SELECT coalesce(max(seq), 0) FROM change_outbox");
                long lastFirst = single(s, "SELECT max(first_seq) FROM change_epochs");
                assertNull(note(c), "the check reads what it needs");
                long expectedFirst = Math.max(highest, lastFirst - 1) + JUMP + 1;
                assertEquals(expectedFirst, single(s, "SELECT max(first_seq) FROM change_epochs"));
                assertEquals(highest, single(s, "SELECT history_end FROM change_epochs WHERE first_seq = "
                        + expectedFirst));
                s.executeUpdate(ChangeSequencer.NUMBERING);
                assertEquals(expectedFirst, single(s, "SELECT min(seq) FROM change_outbox WHERE seq > " + highest));
                // Recognized from then on: no second epoch.
                assertNull(note(c));
                assertEquals(expectedFirst, single(s, "SELECT max(first_seq) FROM change_epochs"));
            } finally {
                c.rollback();
            }
        }
    }

    @Test
    void aRoleThatMayNotReadTheServerFunctionsIsToldWhatToGrantAndTheDatabaseIsStillRecorded() throws SQLException {
        String role = "nennep_no_wal_" + Long.toHexString(ThreadLocalRandom.current().nextLong() & Long.MAX_VALUE);
        try (Connection c = Feed.connect(); Statement s = c.createStatement()) {
            c.setAutoCommit(false);
            try {
                // A hardened server (all rolled back): the functions revoked from PUBLIC, the application a plain role.
                s.execute("CREATE ROLE " + role);
                s.execute("REVOKE EXECUTE ON FUNCTION pg_control_system(), pg_walfile_name(pg_lsn),"
                        + " pg_current_wal_lsn() FROM PUBLIC");
                s.execute("GRANT SELECT, INSERT ON change_epochs TO " + role);
                s.execute("GRANT SELECT ON change_outbox TO " + role);
                s.execute("SET LOCAL ROLE " + role);
                assertEquals("missing execute on pg_control_system(), pg_walfile_name(pg_lsn), pg_current_wal_lsn()",
                        note(c));
                assertEquals(1, single(s, "SELECT count(*) FROM change_epochs WHERE system_identifier = 0"
                        + " AND timeline = 0 AND database_oid = (SELECT oid FROM pg_database"
                        + " WHERE datname = current_database())"));
            } finally {
                c.rollback();
            }
        }
    }

    private static void gone(long cursor, long resumeAfter) {
        api().queryParam("after", cursor).get(CHANGES).then().statusCode(410).contentType(PROBLEM)
                .body("type", equalTo(LOST), "detail", containsString("sau số " + resumeAfter + " "),
                        "detail", containsString("đọc tiếp với after=" + resumeAfter + "."));
    }

    /** Records an epoch as the check would on a database restored to {@code restoredEnd}; returns its first seq. */
    private static long recordRestoreEpoch(long restoredEnd) throws SQLException {
        try (Connection c = Feed.connect(); PreparedStatement insert = c.prepareStatement("""
                INSERT INTO change_epochs (first_seq, history_end, system_identifier, timeline, database_oid)
                SELECT greatest(?, max(first_seq) - 1) + 1000000001, ?, -1, ?, 0 FROM change_epochs
                RETURNING first_seq""")) {
            insert.setLong(1, restoredEnd);
            insert.setLong(2, restoredEnd);
            insert.setLong(3, -ThreadLocalRandom.current().nextLong(1, Long.MAX_VALUE));
            try (ResultSet rs = insert.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private static String note(Connection c) throws SQLException {
        try (PreparedStatement check = c.prepareStatement(ChangeSequencer.LOCK_AND_CHECK_EPOCH.replace(":key", "?"))) {
            check.setLong(1, ChangeSequencer.LOCK_KEY);
            try (ResultSet rs = check.executeQuery()) {
                rs.next();
                return rs.getString(1);
            }
        }
    }

    private static long single(Statement s, String sql) throws SQLException {
        try (ResultSet rs = s.executeQuery(sql)) {
            assertTrue(rs.next(), sql);
            return rs.getLong(1);
        }
    }
}
