package vn.nennep.database;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static vn.nennep.database.FeedClient.ids;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The change feed across a real point-in-time restore (issue 11): a cluster of the test's own archives its WAL; after
 * a base backup, a named restore point and more changes (which a mirror reads), the cluster is restored from the
 * backup and the archive to the restore point (a new timeline) and the application started on it. The mirror that
 * read past the restore point gets 410 naming the restored history's end, never the new changes under reused
 * numbers; a mirror at the restore point reads the new changes, numbered past the gap.
 */
@Timeout(600)
class ChangeFeedRestoreIT {

    private static final String ADMIN = "quantri.khoiphuc";
    private static final String PASSWORD = "mat-khau-khoi-phuc-2024";
    private static final String RESTORE_POINT = "truoc-khi-mat";
    private static final long JUMP = 1_000_000_000L;

    private Path base;
    private OwnPostgres source;
    private OwnPostgres restored;
    private PackagedApp app;

    @AfterEach
    void cleanUp() throws Exception {
        OwnPostgres.tearDown(app, base, restored, source);
    }

    @Test
    void aMirrorPastTheRestorePointGets410AndOneAtItReadsTheNewChangesPastTheGap() throws Exception {
        Path binaries = OwnPostgres.installedBinaries().orElse(null);
        assumeTrue(binaries != null, "no PostgreSQL installed in /usr/lib/postgresql");
        base = PackagedApp.openFolder("nennep-restore-it");
        Path archive = base.resolve("archive");
        source = OwnPostgres.start(binaries, base);
        source.archiveTo(archive);
        app = startApp(source.jdbcUrl(), "app.log");
        FeedClient client = FeedClient.signIn(app, ADMIN, PASSWORD);

        String kept = client.createDistrict("Huyện trước bản sao lưu");
        source.baseBackup(base.resolve("backup"));
        String keptAfterBackup = client.createDistrict("Huyện sau bản sao lưu"); // replayed from the archive
        List<JsonNode> keptHistory = client.feed(0);
        long keptCursor = FeedClient.lastSeq(keptHistory);
        source.sql("postgres", "SELECT pg_create_restore_point('" + RESTORE_POINT + "')");
        String lost = client.createDistrict("Huyện sẽ mất khi khôi phục");
        List<JsonNode> lostChanges = client.feed(keptCursor);
        long lostCursor = FeedClient.lastSeq(lostChanges); // a mirror that read past the restore point
        assertTrue(ids(lostChanges).contains(lost));
        archiveCurrentSegment();
        app.stop();
        app = null;
        source.stop();

        long started = System.nanoTime();
        restored = OwnPostgres.restore(binaries, base.resolve("backup"), archive, RESTORE_POINT);
        System.out.printf("restore: base backup + WAL to the restore point in %.1f s%n",
                (System.nanoTime() - started) / 1e9);
        long restoredEnd = single("SELECT coalesce(max(seq), 0) FROM change_outbox");
        assertTrue(restoredEnd >= keptCursor && restoredEnd < lostCursor,
                "restored history's end " + restoredEnd + ", kept " + keptCursor + ", lost " + lostCursor);
        app = startApp(restored.jdbcUrl(), "app-restored.log");
        client = FeedClient.signIn(app, ADMIN, PASSWORD);

        // Past the restore point, before any new change: beyond every seq the restored source gave out.
        client.assertHistoryLost(lostCursor, restoredEnd);
        String afterRestore = client.createDistrict("Huyện sau khi khôi phục");
        List<JsonNode> readOn = client.feed(restoredEnd);
        assertTrue(ids(readOn).contains(afterRestore), "after the restored end: " + readOn);
        assertFalse(ids(readOn).contains(lost));
        long firstSeq = single("SELECT max(first_seq) FROM change_epochs");
        assertEquals(restoredEnd + JUMP + 1, firstSeq);
        assertEquals(restoredEnd, single("SELECT history_end FROM change_epochs WHERE first_seq = " + firstSeq));
        assertTrue(single("SELECT timeline FROM change_epochs WHERE first_seq = " + firstSeq) >= 2,
                "recovery ended on a new timeline");
        assertTrue(readOn.stream().allMatch(item -> item.path("seq").asLong() >= firstSeq), readOn.toString());
        // The lost mirror's cursor is now in the gap: still 410, never the new changes under its old numbers.
        client.assertHistoryLost(lostCursor, restoredEnd);
        // A mirror from the start, or from the kept history, sees the kept changes and not the lost one.
        List<String> all = ids(client.feed(0));
        assertTrue(all.containsAll(List.of(kept, keptAfterBackup, afterRestore)) && !all.contains(lost), all.toString());
        app.stop();
    }

    private PackagedApp startApp(String jdbcUrl, String log) throws Exception {
        PackagedApp started = PackagedApp.start(PackagedApp.builtApp(), PackagedApp.env(
                "QUARKUS_DATASOURCE_JDBC_URL", jdbcUrl,
                "QUARKUS_DATASOURCE_USERNAME", "postgres",
                "QUARKUS_DATASOURCE_PASSWORD", "",
                "NENNEP_DEMO_DATA", "false",
                "NENNEP_ADMIN_USERNAME", ADMIN,
                "NENNEP_ADMIN_PASSWORD", PASSWORD), null, base, base.resolve(log));
        app = started;
        started.awaitReady();
        return started;
    }

    /** Ends the current WAL segment (it holds the restore point) and waits until the archiver has copied it. */
    private void archiveCurrentSegment() throws Exception {
        String segment;
        try (Connection connection = connect(source, "postgres"); Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT pg_walfile_name(pg_switch_wal())")) {
            rows.next();
            segment = rows.getString(1);
        }
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (System.nanoTime() < deadline) {
            try (Connection connection = connect(source, "postgres");
                    Statement statement = connection.createStatement();
                    ResultSet rows = statement.executeQuery("SELECT last_archived_wal FROM pg_stat_archiver")) {
                rows.next();
                String archived = rows.getString(1);
                if (archived != null && archived.compareTo(segment) >= 0) {
                    return;
                }
            }
            Thread.sleep(200);
        }
        throw new AssertionError("segment " + segment + " not archived within 60 s");
    }

    private long single(String sql) throws Exception {
        try (Connection connection = connect(restored, OwnPostgres.DATABASE);
                Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            assertTrue(rows.next(), sql);
            return rows.getLong(1);
        }
    }

    private static Connection connect(OwnPostgres server, String database) throws Exception {
        return PostgresAdmin.connect(LocalPostgres.HOST, server.port(), database, "postgres", "");
    }
}
