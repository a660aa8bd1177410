package vn.nennep.database;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** A signed-in administrator of a packaged application, for the change feed's integration tests. */
final class FeedClient {

    static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(60);

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private static final ObjectMapper JSON = new ObjectMapper();

    private final String address;
    private final String token;

    private FeedClient(String address, String token) {
        this.address = address;
        this.token = token;
    }

    static FeedClient signIn(PackagedApp app, String username, String password) throws Exception {
        String address = "http://127.0.0.1:" + app.httpPort();
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(address + "/api/v1/auth/login"))
                .timeout(REQUEST_TIMEOUT).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(
                        Map.of("username", username, "password", password)))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), response.body());
        return new FeedClient(address, json(response).path("accessToken").asText());
    }

    /** POST /organizations of a district with a fresh code; the response as it came. */
    HttpResponse<String> postDistrict(String name) throws Exception {
        String body = JSON.writeValueAsString(Map.of("code", "F" + UUID.randomUUID().toString().substring(0, 8),
                "name", name, "type", "DISTRICT"));
        return HTTP.send(HttpRequest.newBuilder(URI.create(address + "/api/v1/organizations")).timeout(REQUEST_TIMEOUT)
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A new district's id; fails unless it is created. */
    String createDistrict(String name) throws Exception {
        HttpResponse<String> response = postDistrict(name);
        assertEquals(201, response.statusCode(), response.body());
        return json(response).path("id").asText();
    }

    /** Every change after {@code after}, following {@code next} until an empty page. */
    List<JsonNode> feed(long after) throws Exception {
        List<JsonNode> items = new ArrayList<>();
        long cursor = after;
        while (true) {
            HttpResponse<String> response = get("/api/v1/changes?limit=1000&after=" + cursor);
            assertEquals(200, response.statusCode(), response.body());
            JsonNode page = json(response);
            if (page.path("items").isEmpty()) {
                return items;
            }
            page.path("items").forEach(items::add);
            cursor = page.path("next").asLong();
        }
    }

    /** GET /changes?after=cursor is a 410 change-history-lost naming {@code resumeAfter} as the history's end. */
    void assertHistoryLost(long cursor, long resumeAfter) throws Exception {
        HttpResponse<String> response = get("/api/v1/changes?after=" + cursor);
        assertEquals(410, response.statusCode(), response.body());
        assertEquals("application/problem+json", response.headers().firstValue("Content-Type").orElse(""));
        JsonNode problem = json(response);
        assertEquals("urn:nennep:problem:change-history-lost", problem.path("type").asText());
        String detail = problem.path("detail").asText();
        assertTrue(detail.contains("after=" + cursor + " ") && detail.endsWith("after=" + resumeAfter + "."),
                "cursor " + cursor + ", history's end " + resumeAfter + ": " + detail);
    }

    HttpResponse<String> get(String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(address + path)).timeout(REQUEST_TIMEOUT)
                .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofString());
    }

    static JsonNode json(HttpResponse<String> response) throws Exception {
        return JSON.readTree(response.body());
    }

    static List<String> ids(List<JsonNode> items) {
        return items.stream().map(item -> item.path("id").asText()).toList();
    }

    static long lastSeq(List<JsonNode> items) {
        return items.get(items.size() - 1).path("seq").asLong();
    }
}
