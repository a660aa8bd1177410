package vn.nennep.database;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * PostgreSQL restarted under a running application (issue 08, item 14): with a warm pool, no request may fail once
 * the database answers again (each stale pooled connection used to cost one 500); while it does not answer, requests
 * get 503 problem+json with Retry-After, quickly, and readiness says DOWN. The database is a cluster of the test's
 * own ({@link OwnPostgres}); the shared server on 5432 is never touched.
 */
@Timeout(300)
class DatabaseRestartIT {

    private static final String ADMIN = "quantri.restart";
    private static final String PASSWORD = "mat-khau-khoi-dong-lai-2024";
    /** Requests sent after each event; the pool holds up to 16 connections. */
    private static final int REQUESTS = 40;
    /** Generous: the first burst on a cold JVM of a loaded 2-core machine takes seconds. */
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(60);
    /** While the database is down, an answer takes at most this long: no request hangs waiting for it. */
    private static final Duration DOWN_ANSWER_WITHIN = Duration.ofSeconds(10);

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private Path base;
    private OwnPostgres postgres;
    private PackagedApp app;
    private String address;
    private String token;

    @BeforeEach
    void start() throws Exception {
        Path binaries = OwnPostgres.installedBinaries().orElse(null);
        assumeTrue(binaries != null, "no PostgreSQL installed in /usr/lib/postgresql");
        base = PackagedApp.openFolder("nennep-restart-it");
        postgres = OwnPostgres.start(binaries, base);
        app = PackagedApp.start(PackagedApp.builtApp(), PackagedApp.env(
                "QUARKUS_DATASOURCE_JDBC_URL", postgres.jdbcUrl(),
                "QUARKUS_DATASOURCE_USERNAME", "postgres",
                "QUARKUS_DATASOURCE_PASSWORD", "",
                "NENNEP_DEMO_DATA", "false",
                "NENNEP_ADMIN_USERNAME", ADMIN,
                "NENNEP_ADMIN_PASSWORD", PASSWORD), null, base, base.resolve("app.log"));
        app.awaitReady();
        address = "http://127.0.0.1:" + app.httpPort();
        token = signIn();
    }

    @AfterEach
    void cleanUp() throws Exception {
        OwnPostgres.tearDown(app, base, postgres);
    }

    @Test
    void aRestartFailsNoRequestAndWhileDownRequestsAre503() throws Exception {
        warmThePool();
        int pooled = pooledConnections();
        assertTrue(pooled >= 4, "the pool holds " + pooled + " connections; the test needs several stale ones");

        postgres.restart();
        assertEquals(Map.of(200, REQUESTS), statuses(REQUESTS),
                "requests right after PostgreSQL restarted (" + pooled + " pooled connections):\n" + app.output());

        postgres.stop();
        for (int i = 0; i < 5; i++) {
            long started = System.nanoTime();
            HttpResponse<String> down = get("/api/v1/organizations");
            Duration took = Duration.ofNanos(System.nanoTime() - started);
            assertEquals(503, down.statusCode(), down.body());
            assertEquals("application/problem+json", down.headers().firstValue("Content-Type").orElse(""));
            assertTrue(down.body().contains("\"type\":\"urn:nennep:problem:service-unavailable\""), down.body());
            assertTrue(down.headers().firstValue("Retry-After").orElse("").matches("[1-9][0-9]*"),
                    "Retry-After: " + down.headers().map());
            assertTrue(took.compareTo(DOWN_ANSWER_WITHIN) < 0, "answered in " + took.toMillis() + " ms");
        }
        HttpResponse<String> ready = get("/q/health/ready");
        assertEquals(503, ready.statusCode(), ready.body());
        assertTrue(ready.body().contains("\"DOWN\""), ready.body());
        assertEquals(200, get("/q/health/live").statusCode(), "the application itself is alive");

        postgres.start();
        awaitReadyAgain();
        assertEquals(Map.of(200, REQUESTS), statuses(REQUESTS), "requests once PostgreSQL is back:\n" + app.output());
        assertEquals(200, get("/q/health/ready").statusCode());
        app.stop();
    }

    /** A few requests to warm the JVM, then 24 clients at once, 10 requests each: the pool opens a connection for each
     * request that finds none free. */
    private void warmThePool() throws Exception {
        for (int i = 0; i < 20; i++) {
            assertEquals(200, get("/api/v1/organizations").statusCode());
        }
        ExecutorService threads = Executors.newFixedThreadPool(24);
        List<CompletableFuture<Void>> clients = new ArrayList<>();
        for (int client = 0; client < 24; client++) {
            clients.add(CompletableFuture.runAsync(() -> {
                for (int i = 0; i < 10; i++) {
                    try {
                        assertEquals(200, get("/api/v1/organizations").statusCode());
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                }
            }, threads));
        }
        try {
            CompletableFuture.allOf(clients.toArray(CompletableFuture[]::new)).join();
        } finally {
            threads.shutdownNow();
        }
    }

    /** How many sessions the application holds on its database. */
    private int pooledConnections() throws Exception {
        try (Connection connection = PostgresAdmin.connect(LocalPostgres.HOST, postgres.port(), "postgres",
                "postgres", "");
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT count(*) FROM pg_stat_activity WHERE datname = '"
                        + OwnPostgres.DATABASE + "' AND pid <> pg_backend_pid()")) {
            rows.next();
            return rows.getInt(1);
        }
    }

    /** The statuses of {@code count} requests one after the other, counted by status. */
    private Map<Integer, Integer> statuses(int count) throws Exception {
        Map<Integer, Integer> counts = new TreeMap<>();
        for (int i = 0; i < count; i++) {
            counts.merge(get("/api/v1/organizations").statusCode(), 1, Integer::sum);
        }
        return counts;
    }

    private void awaitReadyAgain() throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < deadline) {
            if (get("/q/health/ready").statusCode() == 200) {
                return;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("not ready within 30 s of PostgreSQL's start:\n" + app.output());
    }

    private HttpResponse<String> get(String path) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(address + path)).timeout(REQUEST_TIMEOUT);
        if (path.startsWith("/api/")) {
            request.header("Authorization", "Bearer " + token);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private String signIn() throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(address + "/api/v1/auth/login"))
                .timeout(REQUEST_TIMEOUT).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"username\":\"" + ADMIN + "\",\"password\":\"" + PASSWORD
                        + "\"}")).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), response.body());
        return response.body().replaceAll(".*\"accessToken\":\"([^\"]+)\".*", "$1");
    }
}
