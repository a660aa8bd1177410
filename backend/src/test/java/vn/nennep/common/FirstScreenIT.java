package vn.nennep.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import vn.nennep.database.LocalPostgres;
import vn.nennep.database.PackagedApp;

/**
 * What a phone downloads for the first screen (the sign-in page), as the packaged application sends it (issue 08,
 * item 15): index.html and the scripts and stylesheets it names, fetched as a browser does (Accept-Encoding: gzip,
 * deflate, br), counted in bytes on the wire. frontend/scripts/first-screen-size.mjs estimates the same at build time.
 */
@Timeout(240)
class FirstScreenIT {

    /** The first screen's budget, in bytes sent: the same 300 kB as the build's estimate. */
    static final long BUDGET_BYTES = 300 * 1024;
    private static final Pattern ASSET = Pattern.compile("(?:src|href)=\"/(assets/[^\"]+\\.(?:js|css))\"");

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private Path base;
    private String database;
    private PackagedApp app;

    @BeforeEach
    void start() throws Exception {
        LocalPostgres.ensureRunning();
        database = "nennep_it_" + Long.toHexString(System.nanoTime());
        LocalPostgres.ensureDatabase(database);
        base = PackagedApp.openFolder("nennep-first-screen-it");
        app = PackagedApp.start(PackagedApp.builtApp(), PackagedApp.env(
                "QUARKUS_DATASOURCE_JDBC_URL", LocalPostgres.jdbcUrl(database),
                "QUARKUS_DATASOURCE_USERNAME", LocalPostgres.USER,
                "NENNEP_DEMO_DATA", "false"), null, base, base.resolve("app.log"));
        app.awaitReady();
    }

    @AfterEach
    void cleanUp() throws Exception {
        try {
            if (app != null) {
                app.close();
            }
            LocalPostgres.dropDatabase(database);
        } finally {
            PackagedApp.delete(base);
        }
    }

    @Test
    void theFirstScreenIsSentCompressedAndWithinTheBudget() throws Exception {
        HttpResponse<byte[]> index = get("/");
        assertEquals(200, index.statusCode());
        // The page as text (what came over the wire may be compressed: it is over a kilobyte).
        String html = new String(http.send(request("/").header("Accept-Encoding", "identity").build(),
                HttpResponse.BodyHandlers.ofByteArray()).body(), StandardCharsets.UTF_8);
        Set<String> assets = new LinkedHashSet<>();
        for (Matcher asset = ASSET.matcher(html); asset.find();) {
            assets.add("/" + asset.group(1));
        }
        assertFalse(assets.isEmpty(), "index.html names no scripts:\n" + html);

        long sent = index.body().length;
        StringBuilder report = new StringBuilder("first screen, bytes sent:\n").append(line("/", index));
        for (String path : assets) {
            HttpResponse<byte[]> response = get(path);
            assertEquals(200, response.statusCode(), path);
            long plain = length(path);
            String encoding = response.headers().firstValue("Content-Encoding").orElse("identity");
            if (plain >= Compression.MIN_BYTES) {
                assertTrue(encoding.equals("br") || encoding.equals("gzip"), path + " sent as " + encoding);
                assertTrue(response.body().length < plain, path + ": " + response.body().length + " of " + plain);
            }
            sent += response.body().length;
            report.append(line(path, response));
        }
        report.append(String.format("total %,d bytes (budget %,d)", sent, BUDGET_BYTES));
        System.out.println(report);
        assertTrue(sent <= BUDGET_BYTES, report.toString());
    }

    /** The body's length as sent without compression. */
    private long length(String path) throws Exception {
        return http.send(request(path).header("Accept-Encoding", "identity").build(),
                HttpResponse.BodyHandlers.ofByteArray()).body().length;
    }

    private HttpResponse<byte[]> get(String path) throws Exception {
        // HttpClient does not decode: the body is what came over the wire.
        return http.send(request(path).header("Accept-Encoding", "gzip, deflate, br").build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.httpPort() + path))
                .timeout(Duration.ofSeconds(30));
    }

    private static String line(String path, HttpResponse<byte[]> response) {
        return String.format("  %-48s %,9d bytes %s%n", path, response.body().length,
                response.headers().firstValue("Content-Encoding").orElse("identity"));
    }
}
