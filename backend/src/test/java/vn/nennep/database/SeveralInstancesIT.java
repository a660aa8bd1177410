package vn.nennep.database;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.jose4j.jwk.JsonWebKey;
import org.jose4j.jwk.RsaJsonWebKey;
import org.jose4j.jwk.RsaJwkGenerator;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import vn.nennep.auth.SigningKeys;

/**
 * Two instances of the packaged application on one database behave as one (issue 11, item 1): started together on an
 * empty database they create one administrator; they share the token keys (here in the middle of a rotation: A signs
 * with the old key, B with the new one, both verify against the set of both), and a key outside the set is refused;
 * failed logins spread over both lock the account on both; an import whose instance is killed is marked FAILED by the
 * other within the stale time, and its Idempotency-Key then runs the import again and answers the same after.
 */
@Timeout(600)
class SeveralInstancesIT {

    private static final String ADMIN = "quantri.cum";
    private static final String PASSWORD = "mat-khau-nhieu-may-chu-2024";
    /** Short, for the test: an import without a heartbeat for this long belongs to a dead instance. */
    private static final Duration STALE_AFTER = Duration.ofSeconds(6);
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(60);

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final ObjectMapper json = new ObjectMapper();
    private Path base;
    private String database;
    private PackagedApp a;
    private PackagedApp b;

    @BeforeEach
    void prepare() throws Exception {
        LocalPostgres.ensureRunning();
        database = "nennep_it_instances_" + Long.toHexString(System.nanoTime());
        LocalPostgres.ensureDatabase(database);
        base = PackagedApp.openFolder("nennep-instances-it");
    }

    @AfterEach
    void cleanUp() throws Exception {
        try {
            for (PackagedApp app : new PackagedApp[] {a, b}) {
                if (app != null) {
                    app.close();
                }
            }
            LocalPostgres.dropDatabase(database);
        } finally {
            PackagedApp.delete(base);
        }
    }

    @Test
    void twoInstancesOnOneDatabaseBehaveAsOne() throws Exception {
        Path keys = base.resolve("keys");
        Map<String, String> oldKey = SigningKeys.newJwk(keys, "k-2026-06");
        Map<String, String> newKey = SigningKeys.newJwk(keys, "k-2026-12");
        assertEquals(oldKey.get(SigningKeys.VERIFY_PROPERTY), newKey.get(SigningKeys.VERIFY_PROPERTY), "one key set");

        // (d) Both start at once against the empty database.
        a = start("a", oldKey);
        b = start("b", newKey);
        a.awaitReady();
        b.awaitReady();
        assertEquals(1, count("SELECT count(*) FROM users WHERE role = 'SYSTEM_ADMIN'"), "exactly one administrator");

        // (b) A token from either instance is accepted by the other; one signed with a key outside the set is not.
        String tokenA = accessToken(login(a, PASSWORD));
        String tokenB = accessToken(login(b, PASSWORD));
        assertEquals("k-2026-06", header(tokenA).get("kid").asText());
        assertEquals("k-2026-12", header(tokenB).get("kid").asText());
        assertEquals(200, get(b, "/api/v1/auth/me", tokenA).statusCode(), "A's token (old key) on B");
        assertEquals(200, get(a, "/api/v1/auth/me", tokenB).statusCode(), "B's token (new key) on A");
        RsaJsonWebKey stranger = RsaJwkGenerator.generateJwk(2048);
        RsaJsonWebKey old = (RsaJsonWebKey) JsonWebKey.Factory.newJwk(
                Files.readString(Path.of(oldKey.get(SigningKeys.SIGN_PROPERTY))));
        assertEquals(200, get(b, "/api/v1/auth/me", resign(tokenA, old, "k-2026-06")).statusCode(),
                "the same claims signed again with the old key: accepted (the forgeries below differ only in key)");
        for (PackagedApp app : List.of(a, b)) {
            HttpResponse<String> unknown = get(app, "/api/v1/auth/me", resign(tokenA, stranger, "k-2026-06"));
            assertEquals(401, unknown.statusCode(), "an unknown key under a known kid: " + unknown.body());
            assertEquals(401, get(app, "/api/v1/auth/me", resign(tokenA, stranger, "k-stranger")).statusCode());
        }

        // (a) Eight failed logins, alternately on A and B, lock the account on both, even with the right password.
        for (int i = 0; i < 8; i++) {
            HttpResponse<String> failed = login(i % 2 == 0 ? a : b, "sai-mat-khau-" + i);
            assertEquals(401, failed.statusCode(), "failure " + (i + 1) + ": " + failed.body());
        }
        for (PackagedApp app : List.of(a, b)) {
            HttpResponse<String> locked = login(app, PASSWORD);
            assertEquals(429, locked.statusCode(), "the right password after 8 failures: " + locked.body());
            assertEquals("application/problem+json", locked.headers().firstValue("Content-Type").orElse(""));
            assertTrue(locked.headers().firstValue("Retry-After").isPresent(), locked.headers().toString());
        }

        // (c) An import started on A, whose body is still arriving when A is killed.
        UUID jobId = UUID.randomUUID();
        String key = "nhap-" + jobId;
        String rows = organizations(jobId, 3);
        PipedOutputStream feed = new PipedOutputStream();
        PipedInputStream body = new PipedInputStream(feed, 1 << 16);
        CompletableFuture<HttpResponse<String>> onA = http.sendAsync(HttpRequest.newBuilder(URI.create(
                address(a) + "/api/v1/imports/organizations?jobId=" + jobId)).timeout(Duration.ofMinutes(5))
                .header("Authorization", "Bearer " + tokenA).header("Content-Type", "application/x-ndjson")
                .header("Idempotency-Key", key).POST(HttpRequest.BodyPublishers.ofInputStream(() -> body)).build(),
                HttpResponse.BodyHandlers.ofString());
        write(feed, rows.lines().findFirst().orElseThrow() + "\n");
        JsonNode running = awaitJob(b, tokenB, jobId, "RUNNING", Duration.ofSeconds(60));
        assertEquals("RUNNING", running.get("status").asText(), running.toString());
        a.killAbruptly();
        long killed = System.nanoTime();
        closeQuietly(feed);
        assertTrue(onA.handle((response, error) -> response == null || response.statusCode() != 200).join(),
                "the killed instance answered nothing good");

        JsonNode failed = awaitJob(b, tokenB, jobId, "FAILED", STALE_AFTER.plusSeconds(20));
        Duration took = Duration.ofNanos(System.nanoTime() - killed);
        assertTrue(took.compareTo(STALE_AFTER.plusSeconds(5)) < 0, "FAILED after " + took.toMillis() + " ms");
        JsonNode problem = failed.get("problem");
        assertEquals(503, problem.get("status").asInt(), failed.toString());
        assertEquals("urn:nennep:problem:service-unavailable", problem.get("type").asText());
        assertTrue(problem.get("detail").asText().contains("đã ngừng giữa chừng"), problem.toString());
        assertEquals(0, count("SELECT count(*) FROM organizations WHERE external_id LIKE '" + jobId + "%'"),
                "nothing of the killed import was committed");

        HttpResponse<String> retried = postImport(b, tokenB, key, rows);
        assertEquals(200, retried.statusCode(), retried.body());
        JsonNode result = json.readTree(retried.body());
        assertEquals(3, result.get("created").asInt(), retried.body());
        HttpResponse<String> replayed = postImport(b, tokenB, key, rows);
        assertEquals(200, replayed.statusCode(), replayed.body());
        assertEquals(result, json.readTree(replayed.body()), "the same key answers the same");
        assertEquals(3, count("SELECT count(*) FROM organizations WHERE external_id LIKE '" + jobId + "%'"));
        b.stop();
    }

    private PackagedApp start(String name, Map<String, String> keys) throws IOException {
        Map<String, String> env = new HashMap<>(PackagedApp.env(
                "QUARKUS_DATASOURCE_JDBC_URL", LocalPostgres.jdbcUrl(database),
                "QUARKUS_DATASOURCE_USERNAME", LocalPostgres.USER,
                "NENNEP_DEMO_DATA", "false",
                "NENNEP_ADMIN_USERNAME", ADMIN,
                "NENNEP_ADMIN_PASSWORD", PASSWORD,
                "NENNEP_IMPORTS_STALE_AFTER", STALE_AFTER.toSeconds() + "s",
                "NENNEP_IMPORTS_HEARTBEAT_EVERY", "1s",
                "MP_JWT_VERIFY_PUBLICKEY_LOCATION", keys.get(SigningKeys.VERIFY_PROPERTY),
                "SMALLRYE_JWT_SIGN_KEY_LOCATION", keys.get(SigningKeys.SIGN_PROPERTY)));
        Path folder = Files.createDirectories(base.resolve(name));
        return PackagedApp.start(PackagedApp.builtApp(), env, null, folder, folder.resolve("app.log"));
    }

    /** {@code count} new districts in NDJSON, their external ids starting with {@code prefix}. */
    private static String organizations(UUID prefix, int count) {
        StringBuilder rows = new StringBuilder();
        String code = "NM" + Long.toHexString(prefix.getMostSignificantBits() & 0xffffffL).toUpperCase();
        for (int i = 1; i <= count; i++) {
            rows.append(String.format("{\"externalId\": \"%s-%d\", \"code\": \"%s%d\", \"name\":"
                    + " \"Huyện nhiều máy chủ %d\", \"type\": \"DISTRICT\"}%n", prefix, i, code, i, i));
        }
        return rows.toString();
    }

    private HttpResponse<String> postImport(PackagedApp app, String token, String key, String rows) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(address(app) + "/api/v1/imports/organizations"))
                .timeout(REQUEST_TIMEOUT).header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/x-ndjson").header("Idempotency-Key", key)
                .POST(HttpRequest.BodyPublishers.ofString(rows, StandardCharsets.UTF_8)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** Polls GET /imports/{jobId} on the instance until the job has the status; its last answer. */
    private JsonNode awaitJob(PackagedApp app, String token, UUID jobId, String status, Duration within)
            throws Exception {
        long deadline = System.nanoTime() + within.toNanos();
        JsonNode last = null;
        while (System.nanoTime() < deadline) {
            HttpResponse<String> response = get(app, "/api/v1/imports/" + jobId, token);
            if (response.statusCode() == 200) {
                last = json.readTree(response.body());
                if (status.equals(last.get("status").asText())) {
                    return last;
                }
            }
            Thread.sleep(200);
        }
        throw new AssertionError("job " + jobId + " not " + status + " within " + within.toSeconds() + " s: " + last
                + "\nB's output:\n" + b.output());
    }

    private HttpResponse<String> login(PackagedApp app, String password) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(address(app) + "/api/v1/auth/login"))
                .timeout(REQUEST_TIMEOUT).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"username\":\"" + ADMIN + "\",\"password\":\"" + password
                        + "\"}")).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(PackagedApp app, String path, String token) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(address(app) + path)).timeout(REQUEST_TIMEOUT)
                .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofString());
    }

    private String accessToken(HttpResponse<String> login) throws Exception {
        assertEquals(200, login.statusCode(), login.body());
        return json.readTree(login.body()).get("accessToken").asText();
    }

    private JsonNode header(String token) throws Exception {
        return json.readTree(Base64.getUrlDecoder().decode(token.split("\\.")[0]));
    }

    /** The token's claims signed again with another key, under the given key id. */
    private static String resign(String token, RsaJsonWebKey key, String kid) throws Exception {
        JsonWebSignature jws = new JsonWebSignature();
        jws.setPayload(new String(Base64.getUrlDecoder().decode(token.split("\\.")[1]), StandardCharsets.UTF_8));
        jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.RSA_USING_SHA256);
        jws.setHeader("typ", "JWT");
        jws.setKeyIdHeaderValue(kid);
        jws.setKey(key.getPrivateKey());
        return jws.getCompactSerialization();
    }

    private long count(String sql) throws Exception {
        try (Connection connection = DriverManager.getConnection(LocalPostgres.jdbcUrl(database), LocalPostgres.USER,
                "");
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private static String address(PackagedApp app) {
        return "http://127.0.0.1:" + app.httpPort();
    }

    private static void write(OutputStream out, String text) throws IOException {
        out.write(text.getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    private static void closeQuietly(OutputStream out) {
        try {
            out.close();
        } catch (IOException ignored) {
            // the reader is gone with the killed instance
        }
    }
}
