package vn.nennep.deploy;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.config.spi.ConfigSource;
import org.junit.jupiter.api.Test;

/**
 * The Kubernetes manifests (deploy/k8s) against the running application: the paths the cluster probes are served,
 * the port it sends traffic to is the one the application listens on, and every environment variable the Deployment
 * sets is one the application reads, so that renaming a setting in the code without the manifests (or the other way
 * round) fails the build instead of a rollout. {@link ManifestsConsistencyTest} checks the manifests among themselves.
 */
@QuarkusTest
class ManifestsTest {

    private static final Manifests MANIFESTS = Manifests.load();

    @Test
    void everyPathTheClusterRequestsIsServed() {
        Set<String> paths = MANIFESTS.httpPaths();
        assertTrue(paths.containsAll(List.of("/q/health/started", "/q/health/ready", "/q/health/live")),
                "the Deployment probes startup, readiness and liveness: " + paths);
        for (String path : paths) {
            var response = given().get(path).then().extract();
            assertEquals(200, response.statusCode(), "GET " + path + " (named in deploy/k8s) answers "
                    + response.statusCode());
            // Any unknown path answers 200 with the web app's page (its router decides); a probe never gets HTML.
            assertFalse(response.contentType().startsWith("text/html"), "GET " + path + " answers the web app's page");
        }
    }

    @Test
    void everyEnvironmentVariableSetIsOneTheApplicationReads() {
        AppSettings settings = AppSettings.ofRunningApplication();
        Map<String, String> names = MANIFESTS.environmentNames();
        assertTrue(names.keySet().containsAll(List.of("QUARKUS_DATASOURCE_JDBC_URL", "QUARKUS_DATASOURCE_USERNAME",
                "QUARKUS_DATASOURCE_PASSWORD", "NENNEP_DEMO_DATA")), "the Deployment configures the database: " + names);
        List<String> unread = new ArrayList<>();
        names.forEach((name, where) -> {
            if (settings.whyRead(name).isEmpty()) {
                unread.add(name + " (" + where + "): " + settings.whyNot(name));
            }
        });
        assertTrue(unread.isEmpty(), "environment variables the application does not read: " + unread);
    }

    @Test
    void trafficGoesToThePortTheApplicationListensOn() throws IOException {
        int port = Integer.parseInt(listeningPort(AppSettings.ofRunningApplication()));
        Matcher exposed = Pattern.compile("(?m)^EXPOSE (\\d+)").matcher(Files.readString(Manifests.DOCKERFILE));
        assertTrue(exposed.find() && Integer.parseInt(exposed.group(1)) == port, "Dockerfile.jvm exposes " + port);
        Manifests.eachContainer(MANIFESTS.resources("Deployment"), container -> {
            JsonNode http = portNamed(container.path("ports"), "http");
            assertEquals(port, http.path("containerPort").asInt(), "container port 'http' of " + container.path("name"));
            for (String probe : List.of("startupProbe", "readinessProbe", "livenessProbe")) {
                JsonNode probePort = container.path(probe).path("httpGet").path("port");
                if (!probePort.isMissingNode()) {
                    assertTrue(probePort.asText().equals("http") || probePort.asInt() == port, probe + " port");
                }
            }
        });
        for (Manifests.Doc deployment : MANIFESTS.resources("Deployment")) {
            JsonNode scrape = deployment.node().path("spec").path("template").path("metadata").path("annotations")
                    .path("prometheus.io/port");
            assertTrue(scrape.isMissingNode() || scrape.asInt() == port, "prometheus.io/port of " + deployment);
        }
        for (Manifests.Doc service : MANIFESTS.resources("Service")) {
            service.node().path("spec").path("ports").forEach(p -> assertTrue(
                    p.path("targetPort").asText().equals("http") || p.path("targetPort").asInt() == port,
                    "targetPort of " + service));
        }
        for (Manifests.Doc policy : MANIFESTS.resources("NetworkPolicy")) {
            List<Integer> ingressPorts = new ArrayList<>();
            policy.node().path("spec").path("ingress").forEach(rule ->
                    rule.path("ports").forEach(p -> ingressPorts.add(p.path("port").asInt())));
            assertFalse(ingressPorts.isEmpty(), policy + " admits HTTP");
            assertTrue(ingressPorts.stream().allMatch(p -> p == port), policy + " admits " + ingressPorts);
        }
    }

    /** The port in production: set by the manifests, else by application.properties, else Quarkus' default. */
    private static String listeningPort(AppSettings settings) {
        String fromManifests = MANIFESTS.environmentValue(AppSettings.envName("quarkus.http.port"));
        if (fromManifests != null) {
            return fromManifests;
        }
        for (ConfigSource source : ConfigProvider.getConfig().getConfigSources()) {
            if (source.getName().contains("application.properties") && source.getValue("quarkus.http.port") != null) {
                return source.getValue("quarkus.http.port");
            }
        }
        return settings.quarkusDefault("quarkus.http.port").orElseThrow();
    }

    private static JsonNode portNamed(JsonNode ports, String name) {
        for (JsonNode port : ports) {
            if (name.equals(port.path("name").asText())) {
                return port;
            }
        }
        throw new AssertionError("no container port named " + name + " in " + ports);
    }
}
