package vn.nennep.operations;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;
import vn.nennep.support.Api;
import vn.nennep.support.Fixtures;

/**
 * {@code /q/metrics} as an operator's Prometheus reads it: requests per route template, never per raw path (ids,
 * the web app's deep links, names in query strings), and the connection pool. The database gauges:
 * {@link DatabaseGaugesTest}.
 */
@QuarkusTest
class MetricsTest {

    private static final Pattern UUID_TEXT = Pattern.compile(
            "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
    /** The values Quarkus gives a request no route template matched, and ours for the web app (application.properties). */
    private static final Set<String> FIXED_URIS = Set.of("root", "NOT_FOUND", "UNKNOWN", "REDIRECTION",
            "/cors-preflight", "/{app}", "/{static}");

    @Test
    void requestsAreCountedPerRouteTemplateNeverPerPath() throws Exception {
        String district = Fixtures.district("Đo lường");
        String name = "Nguyễn Thị Đo Lường " + Fixtures.code("x");
        Api.api().get("/api/v1/organizations/" + district).then().statusCode(200);
        Api.api().get("/api/v1/organizations/" + UUID.randomUUID()).then().statusCode(404);
        Api.api().queryParam("q", name).get("/api/v1/organizations").then().statusCode(200);
        Api.raw().get("/api/v1/khong-co/" + UUID.randomUUID()).then().statusCode(404);
        Api.raw().patch("/api/v1/organizations/" + UUID.randomUUID() + "/subtree").then().statusCode(405);
        // The web app's own routes and files: no JAX-RS route, each a different path.
        String deepLink = "/hoc-tap/" + UUID.randomUUID();
        given().get(deepLink).then().statusCode(200);
        given().get("/to-chuc/" + district).then().statusCode(200);
        given().get("/assets/khong-co-" + Fixtures.code("f") + ".js").then().statusCode(404);

        Scrape scrape = Scrape.now();
        Set<String> uris = scrape.uris();
        assertTrue(uris.contains("/api/v1/organizations/{id}"), "route templates: " + uris);
        assertTrue(uris.contains("/api/v1/organizations"), "route templates: " + uris);
        assertTrue(uris.contains("/{app}"), "the web app's routes as one value: " + uris);
        for (String uri : uris) {
            assertFalse(UUID_TEXT.matcher(uri).find(), "an id in a uri label: " + uri);
            assertTrue(uri.startsWith("/api/") ? contractPaths().contains(uri) : FIXED_URIS.contains(uri),
                    "neither a path of the contract nor a fixed value: " + uri);
        }
        assertFalse(scrape.text().contains(district), "an organization's id in the metrics");
        assertFalse(scrape.text().contains(name), "a name from a query string in the metrics");
        assertFalse(scrape.text().contains("hoc-tap"), "a deep link of the web app in the metrics");
    }

    @Test
    void everyRouteOfTheContractFitsUnderTheCapOnUriValues() throws Exception {
        int cap = ConfigProvider.getConfig().getValue("quarkus.micrometer.binder.http-server.max-uri-tags",
                Integer.class);
        int needed = contractPaths().size() + FIXED_URIS.size();
        assertTrue(needed * 2 <= cap, "past " + cap + " uri values new routes go unmeasured; the contract has "
                + contractPaths().size() + " paths: keep the cap at twice what is needed");
    }

    @Test
    void latencyIsAHistogramPerRoute() {
        Api.api().get("/api/v1/organizations").then().statusCode(200);
        Map<String, String> buckets = Scrape.now().samples("http_server_requests_seconds_bucket");
        List<String> forRoute = new ArrayList<>();
        buckets.forEach((labels, value) -> {
            if (labels.contains("uri=\"/api/v1/organizations\"") && labels.contains("method=\"GET\"")
                    && labels.contains("status=\"200\"")) {
                forRoute.add(labels.replaceAll(".*le=\"([^\"]*)\".*", "$1"));
            }
        });
        assertEquals(LatencyBuckets.BUCKETS.length + 1, forRoute.size(), "buckets " + forRoute);
        assertTrue(forRoute.contains("0.1") && forRoute.contains("+Inf"), "buckets " + forRoute);
    }

    @Test
    void connectionPoolIsMeasured() {
        Api.api().get("/api/v1/organizations").then().statusCode(200);
        Scrape scrape = Scrape.now();
        for (String name : List.of("agroal_active_count", "agroal_available_count", "agroal_awaiting_count",
                "agroal_max_used_count", "agroal_acquire_count_total", "nennep_datasource_max_connections")) {
            assertTrue(scrape.samples(name).containsKey("{datasource=\"default\"}"), name + " for the default pool");
        }
        assertEquals(16, Double.parseDouble(scrape.samples("nennep_datasource_max_connections")
                .get("{datasource=\"default\"}")), "quarkus.datasource.jdbc.max-size");
        assertTrue(Double.parseDouble(scrape.samples("agroal_acquire_count_total").get("{datasource=\"default\"}")) > 0);
        assertTrue(scrape.names().contains("jvm_memory_used_bytes"), "JVM metrics");
    }

    /** The paths of openapi.yaml, as route templates. */
    static Set<String> contractPaths() throws Exception {
        JsonNode paths = new ObjectMapper(new YAMLFactory()).readTree(Files.readString(Api.CONTRACT)).get("paths");
        Set<String> names = new HashSet<>();
        paths.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
