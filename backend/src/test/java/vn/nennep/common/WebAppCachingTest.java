package vn.nennep.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * After an upgrade a browser must not keep the old page for a day: the page and its deep links are asked for again
 * each time, the hashed scripts are kept a year (issue 08's leftover: the page was served "immutable, max-age=86400").
 */
@QuarkusTest
class WebAppCachingTest {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @TestHTTPResource("/")
    URI root;

    @Test
    void thePageIsAskedForAgainEachTimeAndItsHashedScriptsAreKeptAYear() throws Exception {
        for (String path : new String[] {"/", "/index.html", "/dang-nhap", "/bien-ban/thang-nay"}) {
            HttpResponse<String> page = get(path);
            assertEquals(200, page.statusCode(), path);
            assertEquals("no-cache", page.headers().firstValue("Cache-Control").orElse(""), path);
        }
        Matcher script = Pattern.compile("src=\"(/assets/[^\"]+\\.js)\"").matcher(get("/").body());
        assertTrue(script.find());
        HttpResponse<String> js = get(script.group(1));
        assertEquals(200, js.statusCode());
        assertEquals("public, max-age=31536000, immutable", js.headers().firstValue("Cache-Control").orElse(""));
    }

    @Test
    void anUnchangedPageIsAnswered304AndTheApiKeepsItsOwnHeaders() throws Exception {
        HttpResponse<String> page = get("/index.html");
        String lastModified = page.headers().firstValue("Last-Modified").orElseThrow();
        HttpResponse<String> again = HTTP.send(HttpRequest.newBuilder(root.resolve("/index.html"))
                .header("If-Modified-Since", lastModified).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(304, again.statusCode());
        HttpResponse<String> api = get("/api/v1/document-types");
        assertNotEquals("no-cache", api.headers().firstValue("Cache-Control").orElse(""));
        HttpResponse<String> missing = get("/assets/khong-co.js");
        assertEquals(404, missing.statusCode());
        assertTrue(missing.headers().firstValue("Cache-Control").isEmpty());
    }

    private HttpResponse<String> get(String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(root.resolve(path)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
