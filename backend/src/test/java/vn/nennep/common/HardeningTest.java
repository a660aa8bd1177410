package vn.nennep.common;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static vn.nennep.support.Api.api;
import static vn.nennep.support.Api.raw;
import static vn.nennep.support.Fixtures.branch;
import static vn.nennep.support.Fixtures.code;
import static vn.nennep.support.Fixtures.district;
import static vn.nennep.support.Fixtures.grassroots;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Issue 02's hardening: headers, CORS, body size, the web app's deep links, no mass assignment. */
@QuarkusTest
class HardeningTest {

    @Test
    void securityHeadersOnEveryResponseAndAPolicyOnTheWebApp() {
        api().get("/api/v1/organizations").then().statusCode(200)
                .header("X-Content-Type-Options", "nosniff").header("X-Frame-Options", "DENY")
                .header("Referrer-Policy", "no-referrer");
        given().get("/").then().statusCode(200)
                .header("Content-Security-Policy", containsString("default-src 'self'"))
                .header("Content-Security-Policy", containsString("frame-ancestors 'none'"));
        given().get("/q/swagger-ui/").then().statusCode(200).header("Content-Security-Policy", nullValue());
    }

    @Test
    void noOtherOriginMayCallTheApiFromABrowser() {
        given().header("Origin", "https://evil.example").header("Access-Control-Request-Method", "GET")
                .options("/api/v1/organizations")
                .then().header("Access-Control-Allow-Origin", nullValue());
    }

    /** The server refuses on the announced length, before reading the body: so the test announces and stops. */
    @Test
    void anOversizedBodyIsRefusedWithAProblem() throws IOException {
        try (Socket socket = new Socket("localhost", RestAssured.port)) {
            socket.setSoTimeout(10_000);
            String request = "POST /api/v1/organizations HTTP/1.1\r\nHost: localhost\r\n"
                    + "Content-Type: application/json\r\nContent-Length: " + (11 * 1024 * 1024) + "\r\n\r\n{";
            socket.getOutputStream().write(request.getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
            String response = readUntil(socket.getInputStream(), "}");
            assertThat(response, startsWith("HTTP/1.1 413"));
            assertThat(response, containsString("application/problem+json"));
            assertThat(response, containsString("urn:nennep:problem:payload-too-large"));
        }
    }

    @Test
    void deepLinksIntoTheWebAppGetItsPage() {
        given().accept("text/html").get("/dang-nhap").then().statusCode(200)
                .contentType(containsString("text/html")).body(containsString("<div id=\"root\">"));
        given().get("/assets/no-such-file.js").then().statusCode(404);
        raw().get("/api/v1/no-such-thing").then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void clientsCannotSetServerOwnedFields() {
        Map<String, Object> body = new HashMap<>(Map.of("code", code("MA"), "name", "Huyện thử gán", "type", "DISTRICT"));
        body.put("id", "6b0e7b5e-4f0e-4d8a-9b43-0d3f0f7d2a10");
        body.put("version", 41);
        body.put("createdAt", "2001-01-01T00:00:00Z");
        body.put("memberCount", null);
        api().body(body).post("/api/v1/organizations").then().statusCode(201)
                .body("id", not(equalTo("6b0e7b5e-4f0e-4d8a-9b43-0d3f0f7d2a10")), "version", is(0),
                        "createdAt", not(containsString("2001")));

        String target = branch(grassroots(district("Huyện đích"), "Xã đích"), "Chi bộ đích");
        String other = branch(grassroots(district("Huyện khác"), "Xã khác"), "Chi bộ khác");
        api().body(Map.of("fullName", "Lê Văn Gán", "status", "FULL", "organizationId", other))
                .post("/api/v1/organizations/{id}/members", target)
                .then().statusCode(201).body("organizationId", equalTo(target));
    }

    /** Reads what the server sends until {@code end} has arrived (or the connection closes). */
    private static String readUntil(InputStream in, String end) throws IOException {
        StringBuilder received = new StringBuilder();
        byte[] buffer = new byte[4096];
        int n;
        while (!received.toString().contains(end) && (n = in.read(buffer)) > 0) {
            received.append(new String(buffer, 0, n, StandardCharsets.UTF_8));
        }
        return received.toString();
    }
}
