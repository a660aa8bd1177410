package vn.nennep.operations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import vn.nennep.support.Api;

/**
 * deploy/monitoring/alerts.yml and dashboard.md name only metrics that exist: each name in their PromQL is exposed by
 * the application's {@code /q/metrics}, or comes from one of the exporters listed here. A renamed metric or setting
 * breaks this test, not an operator's night.
 */
@QuarkusTest
class MonitoringFilesTest {

    static final Path MONITORING = Path.of("..", "deploy", "monitoring").toAbsolutePath().normalize();

    /** Names the application does not expose, by the prefix of the exporter that does (README.md lists them). */
    static final Map<String, String> OTHER_EXPORTERS = Map.of(
            "up", "Prometheus itself, per scrape target",
            "probe_", "the blackbox exporter probing /q/health/ready",
            "pg_", "postgres_exporter");

    private static final Set<String> KEYWORDS = Set.of("and", "or", "unless", "bool", "offset", "by", "without", "on",
            "ignoring", "group_left", "group_right", "inf", "nan", "le");

    @Inject
    DatabaseGauges gauges;

    @Test
    void everyMetricOfTheAlertsAndTheDashboardExists() throws Exception {
        // A request of each kind the files look at, so that its series exist.
        Api.api().get("/api/v1/organizations").then().statusCode(200);
        gauges.refresh();
        Set<String> exposed = Scrape.now().names();

        Set<String> used = new TreeSet<>();
        alertExpressions().forEach(expr -> used.addAll(metricNames(expr)));
        int fromAlerts = used.size();
        dashboardQueries().forEach(query -> used.addAll(metricNames(query)));
        assertTrue(fromAlerts >= 10 && used.size() > fromAlerts, "names found: " + used);

        List<String> missing = new ArrayList<>();
        for (String name : used) {
            boolean elsewhere = OTHER_EXPORTERS.keySet().stream()
                    .anyMatch(prefix -> prefix.endsWith("_") ? name.startsWith(prefix) : name.equals(prefix));
            if (!elsewhere && !exposed.contains(name)) {
                String family = name.substring(0, name.indexOf('_') + 1);
                missing.add(name + " (exposed with that prefix: "
                        + exposed.stream().filter(n -> n.startsWith(family)).toList() + ")");
            }
        }
        assertEquals(List.of(), missing, "metrics used in deploy/monitoring that /q/metrics does not expose");
    }

    @Test
    void everyAlertSaysHowBadAndWhat() throws Exception {
        for (JsonNode rule : alertRules()) {
            String name = rule.path("alert").asText();
            assertFalse(name.isEmpty(), "a rule without a name: " + rule);
            assertTrue(Set.of("critical", "warning").contains(rule.path("labels").path("severity").asText()),
                    name + ": severity critical or warning");
            assertFalse(rule.path("annotations").path("summary").asText().isBlank(), name + ": a summary");
        }
    }

    @Test
    void namesAreReadOutOfPromQl() {
        assertEquals(Set.of("http_server_requests_seconds_bucket"), metricNames(
                "histogram_quantile(0.95, sum by (le, uri) (rate(http_server_requests_seconds_bucket{job=\"x\","
                        + "uri!~\"/api/.*\"}[5m]))) > 2"));
        assertEquals(Set.of("agroal_active_count", "nennep_datasource_max_connections", "up"), metricNames(
                "agroal_active_count / on (instance) nennep_datasource_max_connections > 0.9 and up == 1 offset 5m"));
    }

    /** The metric names of one PromQL expression: identifiers that are neither functions, keywords nor labels. */
    static Set<String> metricNames(String promql) {
        String text = promql.replaceAll("\"(?:[^\"\\\\]|\\\\.)*\"", "\"\"")
                .replaceAll("\\{[^}]*}", " ")
                .replaceAll("\\[[^\\]]*]", " ")
                .replaceAll("\\b(?:by|without|on|ignoring|group_left|group_right)\\s*\\([^)]*\\)", " ");
        Set<String> names = new TreeSet<>();
        Matcher m = Pattern.compile("(?<![\\w.:])([a-zA-Z_:][a-zA-Z0-9_:]*)(\\s*\\()?").matcher(text);
        while (m.find()) {
            if (m.group(2) == null && !KEYWORDS.contains(m.group(1).toLowerCase())) {
                names.add(m.group(1));
            }
        }
        return names;
    }

    static List<JsonNode> alertRules() throws Exception {
        JsonNode file = new ObjectMapper(new YAMLFactory()).readTree(Files.readString(MONITORING.resolve("alerts.yml")));
        List<JsonNode> rules = new ArrayList<>();
        file.path("groups").forEach(group -> group.path("rules").forEach(rules::add));
        assertFalse(rules.isEmpty(), "alerts.yml has rules");
        return rules;
    }

    static List<String> alertExpressions() throws Exception {
        return alertRules().stream().map(rule -> rule.path("expr").asText()).toList();
    }

    /** The ```promql blocks of dashboard.md. */
    static List<String> dashboardQueries() throws Exception {
        Matcher m = Pattern.compile("```promql\\n(.*?)```", Pattern.DOTALL)
                .matcher(Files.readString(MONITORING.resolve("dashboard.md")));
        List<String> queries = new ArrayList<>();
        while (m.find()) {
            queries.add(m.group(1));
        }
        assertFalse(queries.isEmpty(), "dashboard.md has queries");
        return queries;
    }
}
