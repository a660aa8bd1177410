package vn.nennep.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import vn.nennep.database.LocalPostgres;
import vn.nennep.database.PackagedApp;

/**
 * A newcomer's first run of the packaged application (issue 08, item 16): plain text on the terminal, the demo
 * district's progress while it loads, its accounts as a table whose passwords work, and last the address to open;
 * no member's name anywhere. JSON lines only when NENNEP_JSON_LOGS=true, as a deployment sets it.
 */
@Timeout(420)
class FirstRunIT {

    private static final Pattern ACCOUNT = Pattern.compile(
            "^  ([a-z0-9.]+)( +)(SYSTEM_ADMIN|DISTRICT_OFFICE|GRASSROOTS_OFFICER|BRANCH_SECRETARY|RESPONDER|INSPECTOR)"
                    + "( +)(\\S+)( +)(\\S.*)$");

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private Path base;
    private String database;
    private PackagedApp app;

    @BeforeEach
    void prepare() throws Exception {
        LocalPostgres.ensureRunning();
        database = "nennep_it_" + Long.toHexString(System.nanoTime());
        LocalPostgres.ensureDatabase(database);
        base = PackagedApp.openFolder("nennep-first-run-it");
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
    void theFirstRunSaysHowFarItIsPrintsTheAccountsAndEndsWithTheAddress() throws Exception {
        app = start(Map.of());
        String address = "http://localhost:" + app.httpPort() + "/";
        String output = awaitLine(address);
        List<String> lines = output.lines().toList();
        assertTrue(lines.stream().noneMatch(line -> line.startsWith("{")), "plain text, not JSON:\n" + output);

        List<String> progress = lines.stream().filter(line -> line.contains("Đang tạo dữ liệu mẫu: ")).toList();
        assertTrue(progress.size() >= 4 && progress.size() <= 60, "a few progress lines:\n" + output);
        assertTrue(progress.get(0).contains("Đang tạo dữ liệu mẫu: 0 % ("), progress.get(0));
        assertTrue(progress.stream().anyMatch(line -> line.contains("(biên bản sinh hoạt")), output);

        int title = indexOf(lines, "Tài khoản mẫu: ");
        assertTrue(lines.get(title + 2).matches("  Tên đăng nhập +Vai trò +Mật khẩu +Thấy và làm được"),
                lines.get(title + 2));
        List<Matcher> rows = new ArrayList<>();
        for (String line : lines.subList(title + 1, lines.size())) {
            Matcher row = ACCOUNT.matcher(line);
            if (row.matches()) {
                rows.add(row);
            }
        }
        assertEquals(List.of("quantri", "vanphong", "dangbo.anlam", "bithu.dotlinh", "phongnongnghiep", "kiemtra",
                "tuyengiao.trieuson", "dangbo.thodan", "bithu.thodan.thon1", "phongnongnghiep.trieuson",
                "kiemtra.trieuson"),
                rows.stream().map(row -> row.group(1)).toList(), output);
        for (Matcher row : rows) {
            assertEquals(rows.get(0).start(3), row.start(3), "the roles line up: " + row.group());
            assertEquals(rows.get(0).start(5), row.start(5), "the passwords line up: " + row.group());
            assertEquals(rows.get(0).start(7), row.start(7), "what each sees lines up: " + row.group());
        }
        Matcher office = rows.get(1);
        assertEquals(200, signIn(office.group(1), office.group(5)), "the printed password works");

        int listening = indexOf(lines, "Listening on: ");
        int ready = indexOf(lines, address);
        assertTrue(ready > listening && ready > title, "the address comes last:\n" + output);
        assertTrue(lines.get(ready).contains("mở " + address + " trong trình duyệt"), lines.get(ready));

        for (String name : memberNames()) {
            assertFalse(output.contains(name), "a member's name in the log: " + name);
        }
        app.stop();
    }

    @Test
    void aDeploymentGetsJsonLines() throws Exception {
        app = start(Map.of("NENNEP_JSON_LOGS", "true", "NENNEP_DEMO_DATA", "false"));
        String address = "http://localhost:" + app.httpPort() + "/";
        String output = awaitLine(address);
        ObjectMapper json = new ObjectMapper();
        boolean announced = false;
        for (String line : output.lines().filter(line -> !line.isBlank()).toList()) {
            JsonNode record = json.readTree(line); // fails on a line that is not JSON
            assertTrue(record.isObject() && record.hasNonNull("message") && record.hasNonNull("level"), line);
            announced |= record.get("message").asText().contains(address);
        }
        assertTrue(announced, output);
        app.stop();
    }

    private PackagedApp start(Map<String, String> settings) throws Exception {
        Map<String, String> env = new java.util.HashMap<>(PackagedApp.env(
                "QUARKUS_DATASOURCE_JDBC_URL", LocalPostgres.jdbcUrl(database),
                "QUARKUS_DATASOURCE_USERNAME", LocalPostgres.USER));
        env.putAll(settings);
        PackagedApp started = PackagedApp.start(PackagedApp.builtApp(), env, null, base, base.resolve("app.log"));
        started.awaitReady();
        return started;
    }

    /** Waits (bounded) for the line naming the address, printed just after start-up; the output so far. */
    private String awaitLine(String text) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        String output = app.output();
        while (!output.contains(text) && System.nanoTime() < deadline) {
            Thread.sleep(200);
            output = app.output();
        }
        assertTrue(output.contains(text), "no " + text + " in the output:\n" + output);
        return output;
    }

    private static int indexOf(List<String> lines, String text) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(text)) {
                return i;
            }
        }
        throw new AssertionError("no line with " + text + ":\n" + String.join("\n", lines));
    }

    private int signIn(String username, String password) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.httpPort() + "/api/v1/auth/login"))
                .timeout(Duration.ofSeconds(30)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"username\":\"" + username + "\",\"password\":\""
                        + password + "\"}")).build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private List<String> memberNames() throws Exception {
        List<String> names = new ArrayList<>();
        try (Connection connection = DriverManager.getConnection(LocalPostgres.jdbcUrl(database), LocalPostgres.USER,
                "");
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT DISTINCT full_name FROM members LIMIT 200")) {
            while (rows.next()) {
                names.add(rows.getString(1));
            }
        }
        assertFalse(names.isEmpty(), "the demo district has members");
        return names;
    }
}
