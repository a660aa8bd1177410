package vn.nennep.changes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.nennep.support.Api.api;
import static vn.nennep.support.Fixtures.code;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import vn.nennep.support.Fixtures;

/**
 * The example client in examples/ (Node, global fetch only) against the running application: it follows the feed from
 * a saved cursor, prints each change with the resource read at its href (gone once deleted), and saves its cursor;
 * an import it may not make is a clear error and exit code 1.
 */
@QuarkusTest
class ExampleClientTest {

    private static final Path SCRIPT = Path.of("..", "examples", "sync.mjs").toAbsolutePath().normalize();

    @Test
    void itFollowsTheFeedFromItsSavedCursorAndReadsEachResource() throws Exception {
        String district = Fixtures.district(code("Huyện Thanh Hà"));
        String key = key(district, List.of("read"));
        Path state = Files.createTempFile("nennep-cursor", ".txt");
        Files.writeString(state, Long.toString(Feed.head()));
        String commune = Fixtures.grassroots(district, "Đảng bộ xã Thanh Lang");
        String branch = Fixtures.branch(commune, "Chi bộ thôn Hà Liễu");

        Run first = run(key, "--feed-only", "--state", state.toString());
        assertEquals(0, first.exit, first.output);
        assertTrue(first.output.contains("CREATE organizations " + commune + " Đảng bộ xã Thanh Lang"), first.output);
        assertTrue(first.output.contains("CREATE organizations " + branch + " Chi bộ thôn Hà Liễu"), first.output);
        long saved = Long.parseLong(Files.readString(state).trim());
        assertTrue(first.output.contains("caught up at " + saved), first.output);

        api().delete("/api/v1/organizations/{id}", branch).then().statusCode(204);
        Run second = run(key, "--feed-only", "--state", state.toString());
        assertEquals(0, second.exit, second.output);
        assertTrue(second.output.contains("DELETE organizations " + branch + " (gone)"), second.output);
        assertTrue(!second.output.contains("CREATE organizations " + commune), "resumes after its saved cursor");
    }

    @Test
    void aCursorPastTheSourcesHistoryStopsItWithTheProblemAndWhatToDo() throws Exception {
        String key = key(Fixtures.district(code("Huyện Kim Thành")), List.of("read"));
        Path state = Files.createTempFile("nennep-cursor", ".txt");
        Files.writeString(state, Long.toString(Feed.head() + 1000));
        Run run = run(key, "--feed-only", "--state", state.toString());
        assertEquals(1, run.exit, run.output);
        assertTrue(run.output.contains("change feed: HTTP 410 Change history lost — The cursor after="), run.output);
        assertTrue(run.output.contains("rebuild this mirror from the start"), run.output);
    }

    @Test
    void anImportItCannotMakeIsAClearErrorAndExitCode1() throws Exception {
        String key = key(Fixtures.district(code("Huyện Nam Sách")), List.of("read"));
        Run run = run(key, "members=" + SCRIPT.getParent().resolve("members.csv"));
        assertEquals(1, run.exit, run.output);
        assertTrue(run.output.contains("import members: HTTP 40"), run.output);
    }

    private static String key(String organization, List<String> scopes) {
        return api().body(Map.of("name", code("Máy ví dụ"), "organizationId", organization, "scopes", scopes))
                .post("/api/v1/api-clients").then().statusCode(201).extract().path("apiKey");
    }

    private record Run(int exit, String output) {
    }

    private static Run run(String key, String... args) throws IOException, InterruptedException {
        // Node is there: the same build made the web app with it (README: the test command needs Node.js 20).
        List<String> command = new ArrayList<>(List.of("node", SCRIPT.toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("NENNEP_URL", "http://localhost:" + RestAssured.port);
        builder.environment().put("NENNEP_API_KEY", key);
        builder.environment().put("NENNEP_LANG", "en");
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), "the example finishes");
        return new Run(process.exitValue(), output);
    }
}
