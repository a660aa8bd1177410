package vn.nennep.common;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.nennep.support.Fixtures.district;
import static vn.nennep.support.Fixtures.grassroots;

import com.aayushatharva.brotli4j.Brotli4jLoader;
import com.aayushatharva.brotli4j.decoder.Decoder;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Collections;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import vn.nennep.support.Api;
import vn.nennep.support.TestDatabase;

/**
 * Text of 1 KB or more goes compressed, whoever wrote it (issue 08, item 15): JSON, CSV, problem details, the web
 * app's scripts; brotli when the client accepts it, else gzip; smaller answers as they are. The bodies are read as
 * they come over the wire and decoded here.
 */
@QuarkusTest
class CompressionTest {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static String token;

    @Test
    void jsonAndCsvOfAKilobyteOrMoreAreCompressedAndSmallAnswersAreNot() throws Exception {
        String districtId = district("Huyện nén dữ liệu");
        for (int i = 0; i < 12; i++) {
            grassroots(districtId, "Đảng bộ xã nén số " + i);
        }
        String list = "/api/v1/organizations?size=50&withinId=" + districtId;

        Wire gzip = get(list, "gzip", "application/json");
        assertEquals("gzip", gzip.encoding());
        assertTrue(gzip.vary().toLowerCase().contains("accept-encoding"), gzip.vary());
        Wire plain = get(list, "identity", "application/json");
        assertEquals("identity", plain.encoding());
        assertTrue(plain.body().length >= Compression.MIN_BYTES, "the list is " + plain.body().length + " bytes");
        assertTrue(gzip.body().length < plain.body().length / 2, gzip.body().length + " of " + plain.body().length);
        assertArrayEquals(plain.body(), gzip.decoded());

        Wire brotli = get(list, "gzip, deflate, br", "application/json");
        assertEquals("br", brotli.encoding());
        assertArrayEquals(plain.body(), brotli.decoded());

        Wire csv = get(list, "gzip", "text/csv");
        assertEquals("gzip", csv.encoding());
        assertTrue(new String(csv.decoded(), StandardCharsets.UTF_8).contains("Đảng bộ xã nén số 11"));

        Wire one = get("/api/v1/organizations/" + districtId, "gzip, br", "application/json");
        assertEquals(200, one.status());
        assertTrue(one.body().length < Compression.MIN_BYTES, one.body().length + " bytes");
        assertEquals("identity", one.encoding());
    }

    @Test
    void problemDetailsOfAKilobyteOrMoreAreCompressedToo() throws Exception {
        String blankGuests = String.join(",", Collections.nCopies(30, "\"\""));
        HttpResponse<byte[]> response = HTTP.send(request("/api/v1/meetings", "gzip")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"guests\":[" + blankGuests + "]}")).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        Wire problem = new Wire(response);
        assertEquals(422, problem.status());
        assertEquals("application/problem+json", problem.type());
        assertEquals("gzip", problem.encoding());
        String body = new String(problem.decoded(), StandardCharsets.UTF_8);
        assertTrue(body.length() >= Compression.MIN_BYTES && body.contains("guests[29]"), body);

        Wire small = new Wire(HTTP.send(HttpRequest.newBuilder(uri("/api/v1/organizations"))
                .header("Accept-Encoding", "gzip").build(), HttpResponse.BodyHandlers.ofByteArray()));
        assertEquals(401, small.status());
        assertEquals("identity", small.encoding());
    }

    @Test
    void theWebAppsScriptsAreCompressedAndItsPageFromAKilobyteUp() throws Exception {
        Wire index = new Wire(HTTP.send(HttpRequest.newBuilder(uri("/")).header("Accept-Encoding", "gzip, br")
                .build(), HttpResponse.BodyHandlers.ofByteArray()));
        assertEquals(200, index.status());
        String html = new String(index.decoded(), StandardCharsets.UTF_8);
        Matcher script = Pattern.compile("src=\"(/assets/[^\"]+\\.js)\"").matcher(html);
        assertTrue(script.find(), html);
        // The page goes as it is under a kilobyte, compressed from one up (its size is the web app's to change).
        assertEquals(index.decoded().length < Compression.MIN_BYTES ? "identity" : "br", index.encoding());
        Wire js = new Wire(HTTP.send(HttpRequest.newBuilder(uri(script.group(1))).header("Accept-Encoding", "gzip, br")
                .build(), HttpResponse.BodyHandlers.ofByteArray()));
        assertEquals(200, js.status());
        assertEquals("br", js.encoding());
        assertTrue(js.body().length < js.decoded().length / 2, js.body().length + " of " + js.decoded().length);
    }

    @Test
    void onlyCompressibleTypesOfAKilobyteOrMoreAreWorthIt() {
        Set<String> types = Set.of("application/json", "text/csv");
        assertTrue(Compression.worthCompressing("application/json", "1024", types));
        assertTrue(Compression.worthCompressing("text/csv; charset=UTF-8", null, types)); // streamed: length unknown
        assertFalse(Compression.worthCompressing("application/json", "1023", types));
        assertFalse(Compression.worthCompressing("image/png", "50000", types));
        assertFalse(Compression.worthCompressing(null, "50000", types));
    }

    private static Wire get(String path, String acceptEncoding, String accept) throws Exception {
        return new Wire(HTTP.send(request(path, acceptEncoding).header("Accept", accept).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray()));
    }

    private static HttpRequest.Builder request(String path, String acceptEncoding) {
        return HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + token()).header("Accept-Encoding", acceptEncoding);
    }

    private static String token() {
        if (token == null) {
            token = Api.login(TestDatabase.ADMIN_USERNAME, TestDatabase.ADMIN_PASSWORD);
        }
        return token;
    }

    private static URI uri(String path) {
        return URI.create("http://localhost:" + RestAssured.port + path);
    }

    /** A response as it came over the wire (java.net.http does not decode). */
    private record Wire(int status, String type, String encoding, String vary, byte[] body) {

        Wire(HttpResponse<byte[]> response) {
            this(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                    response.headers().firstValue("Content-Encoding").orElse("identity"),
                    response.headers().firstValue("Vary").orElse(""), response.body());
        }

        byte[] decoded() throws IOException {
            return switch (encoding) {
                case "gzip" -> new GZIPInputStream(new ByteArrayInputStream(body)).readAllBytes();
                case "br" -> {
                    Brotli4jLoader.ensureAvailability();
                    yield Decoder.decompress(body).getDecompressedData();
                }
                default -> body;
            };
        }
    }
}
