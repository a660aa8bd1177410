package vn.nennep.database;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static vn.nennep.database.FeedClient.ids;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The change feed across a real failover (issue 11): a primary and a synchronous streaming standby of the test's own
 * ({@link OwnPostgres}), the packaged application in front of both through a multi-host URL. The primary crashes, the
 * standby is promoted (a new timeline); the application writes again on it, and the feed numbers the new change a
 * billion past the old ones: a mirror's cursor from before the failover reads on without noticing, while a cursor in
 * the gap (one the source never gave out) is refused with 410.
 */
@Timeout(420)
class ChangeFeedFailoverIT {

    private static final String ADMIN = "quantri.failover";
    private static final String PASSWORD = "mat-khau-chuyen-may-2024";
    /** The application must write again within this long of the promotion. */
    private static final Duration WRITE_AGAIN_WITHIN = Duration.ofSeconds(60);
    private static final long JUMP = 1_000_000_000L;

    private Path base;
    private OwnPostgres primary;
    private OwnPostgres standby;
    private PackagedApp app;
    private FeedClient client;

    @BeforeEach
    void start() throws Exception {
        Path binaries = OwnPostgres.installedBinaries().orElse(null);
        assumeTrue(binaries != null, "no PostgreSQL installed in /usr/lib/postgresql");
        base = PackagedApp.openFolder("nennep-failover-it");
        primary = OwnPostgres.start(binaries, base);
        standby = OwnPostgres.standbyOf(primary, base);
        // Synchronous: a commit is acknowledged once the standby has it, so the promotion loses nothing acknowledged.
        primary.sql("postgres", "ALTER SYSTEM SET synchronous_standby_names = '*'", "SELECT pg_reload_conf()");
        app = PackagedApp.start(PackagedApp.builtApp(), PackagedApp.env(
                "QUARKUS_DATASOURCE_JDBC_URL", OwnPostgres.primaryOf(primary, standby),
                "QUARKUS_DATASOURCE_USERNAME", "postgres",
                "QUARKUS_DATASOURCE_PASSWORD", "",
                "NENNEP_DEMO_DATA", "false",
                "NENNEP_ADMIN_USERNAME", ADMIN,
                "NENNEP_ADMIN_PASSWORD", PASSWORD), null, base, base.resolve("app.log"));
        app.awaitReady();
        client = FeedClient.signIn(app, ADMIN, PASSWORD);
    }

    @AfterEach
    void cleanUp() throws Exception {
        OwnPostgres.tearDown(app, base, standby, primary);
    }

    @Test
    void afterAFailoverTheFeedJumpsAheadAndAMirrorReadsOnWhileACursorInTheGapIs410() throws Exception {
        List<String> written = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            written.add(client.createDistrict("Huyện trước khi chuyển máy " + i));
        }
        List<JsonNode> history = client.feed(0);
        long cursor = FeedClient.lastSeq(history);
        assertTrue(ids(history).containsAll(written), "the feed before the failover: " + ids(history));

        primary.crash();
        long promoted = System.nanoTime();
        standby.promote();
        String afterFailover = createDistrictRetrying("Huyện sau khi chuyển máy");
        double seconds = (System.nanoTime() - promoted) / 1e9;
        System.out.printf("failover: the application wrote again %.1f s after the promotion began%n", seconds);

        // The mirror reads on from its cursor: the new change, numbered past the gap, and nothing lost before it.
        List<JsonNode> readOn = client.feed(cursor);
        assertTrue(ids(readOn).contains(afterFailover), "the changes after the cursor: " + readOn);
        List<JsonNode> all = client.feed(0);
        assertEquals(ids(history), ids(all).subList(0, history.size()), "the history before the failover is intact");

        // Two epochs: the first timeline's, then the promoted standby's, beginning a billion past its history.
        List<long[]> epochs = epochs();
        assertEquals(2, epochs.size(), "epochs (timeline, history end, first seq)");
        assertEquals(1, epochs.get(0)[0]);
        assertEquals(2, epochs.get(1)[0], "the promoted standby's timeline, read right after the promotion");
        long historyEnd = epochs.get(1)[1];
        long firstSeq = epochs.get(1)[2];
        assertTrue(historyEnd >= cursor, "history end " + historyEnd + " vs the mirror's cursor " + cursor);
        assertEquals(historyEnd + JUMP + 1, firstSeq);
        assertTrue(readOn.stream().map(item -> item.path("seq").asLong())
                .allMatch(seq -> seq <= historyEnd || seq >= firstSeq), "no change numbered in the gap: " + readOn);
        assertTrue(readOn.stream().filter(item -> item.path("id").asText().equals(afterFailover))
                .allMatch(item -> item.path("seq").asLong() >= firstSeq), "the new change is past the gap: " + readOn);

        // A cursor the source never gave out, in the gap: 410, naming where the history it still has ends.
        client.assertHistoryLost(historyEnd + 7, historyEnd);
        client.assertHistoryLost(firstSeq - 1, historyEnd);
        app.stop();
    }

    private String createDistrictRetrying(String name) throws Exception {
        long deadline = System.nanoTime() + WRITE_AGAIN_WITHIN.toNanos();
        HttpResponse<String> response = null;
        while (System.nanoTime() < deadline) {
            response = client.postDistrict(name);
            if (response.statusCode() == 201) {
                return FeedClient.json(response).path("id").asText();
            }
            assertEquals(503, response.statusCode(), "while the standby is promoted: " + response.body());
            Thread.sleep(250);
        }
        throw new AssertionError("no write within " + WRITE_AGAIN_WITHIN.toSeconds() + " s of the promotion: "
                + (response == null ? "" : response.body()) + "\n" + app.output());
    }

    /** The recorded epochs, oldest first: timeline, history end, first seq. */
    private List<long[]> epochs() throws Exception {
        List<long[]> epochs = new ArrayList<>();
        try (Connection connection = PostgresAdmin.connect(LocalPostgres.HOST, standby.port(), OwnPostgres.DATABASE,
                "postgres", "");
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(
                        "SELECT timeline, history_end, first_seq FROM change_epochs ORDER BY first_seq")) {
            while (rows.next()) {
                epochs.add(new long[] {rows.getLong(1), rows.getLong(2), rows.getLong(3)});
            }
        }
        return epochs;
    }
}
