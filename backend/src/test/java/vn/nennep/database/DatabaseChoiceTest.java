package vn.nennep.database;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DatabaseChoiceTest {

    private static final Map<String, String> HOME = Map.of("user.home", "/home/an");
    private static final Map<String, String> NO_ENV = Map.of();

    private static DatabaseChoice decide(Map<String, String> env, Map<String, String> properties, boolean root,
            boolean serverAnswers, boolean serverInstalled) {
        return DatabaseChoice.decide(new StartupFacts(env, properties, root, serverAnswers, serverInstalled));
    }

    @Test
    void urlInTheEnvironmentWinsEvenAsRoot() {
        Map<String, String> env = Map.of("QUARKUS_DATASOURCE_JDBC_URL", "jdbc:postgresql://db:5432/nennep");
        assertInstanceOf(DatabaseChoice.UseConfigured.class, decide(env, HOME, true, false, false));
        assertInstanceOf(DatabaseChoice.UseConfigured.class, decide(env, HOME, true, true, true));
        assertInstanceOf(DatabaseChoice.UseConfigured.class, decide(env, HOME, false, false, false));
    }

    @Test
    void urlAsSystemPropertyWins() {
        Map<String, String> properties = Map.of("user.home", "/home/an",
                "quarkus.datasource.jdbc.url", "jdbc:postgresql://db:5432/nennep");
        assertInstanceOf(DatabaseChoice.UseConfigured.class, decide(NO_ENV, properties, true, false, false));
        assertInstanceOf(DatabaseChoice.UseConfigured.class, decide(NO_ENV, properties, false, false, false));
    }

    @Test
    void blankUrlIsNotConfigured() {
        Map<String, String> env = Map.of("QUARKUS_DATASOURCE_JDBC_URL", "  ");
        Map<String, String> properties = Map.of("user.home", "/home/an", "quarkus.datasource.jdbc.url", "");
        assertInstanceOf(DatabaseChoice.Embedded.class, decide(env, properties, false, false, false));
    }

    @Test
    void onlyUsernameOrPasswordIsNotConfigured() {
        Map<String, String> env = Map.of("QUARKUS_DATASOURCE_USERNAME", "app", "QUARKUS_DATASOURCE_PASSWORD", "s");
        assertEquals(new DatabaseChoice.LocalServer(false, "nennep"), decide(env, HOME, true, true, true));
    }

    @Test
    void rootWithServerUpUsesIt() {
        assertEquals(new DatabaseChoice.LocalServer(false, "nennep"), decide(NO_ENV, HOME, true, true, true));
        assertEquals(new DatabaseChoice.LocalServer(false, "nennep"), decide(NO_ENV, HOME, true, true, false));
    }

    @Test
    void rootWithServerDownButInstalledStartsIt() {
        assertEquals(new DatabaseChoice.LocalServer(true, "nennep"), decide(NO_ENV, HOME, true, false, true));
    }

    @Test
    void rootUsesTheDatabaseNamedInTheEnvironment() {
        Map<String, String> env = Map.of("NENNEP_DATABASE", "nennep_demo");
        assertEquals(new DatabaseChoice.LocalServer(true, "nennep_demo"), decide(env, HOME, true, false, true));
    }

    @Test
    void rootWithNothingInstalledFailsNamingTheInstallCommand() {
        DatabaseChoice choice = decide(NO_ENV, HOME, true, false, false);
        DatabaseChoice.Fail fail = assertInstanceOf(DatabaseChoice.Fail.class, choice);
        assertTrue(fail.message().contains("apt-get install -y postgresql"), fail.message());
    }

    @Test
    void notRootUsesEmbeddedInTheHomeFolder() {
        assertEquals(new DatabaseChoice.Embedded(Path.of("/home/an/.nennep/postgres"), "nennep"),
                decide(NO_ENV, HOME, false, false, false));
        // a running local server does not matter when PostgreSQL can run embedded
        assertEquals(new DatabaseChoice.Embedded(Path.of("/home/an/.nennep/postgres"), "nennep"),
                decide(NO_ENV, HOME, false, true, true));
    }

    @Test
    void notRootUsesTheDataFolderNamedInTheEnvironment() {
        Map<String, String> env = Map.of("NENNEP_DATA_DIR", "/srv/nennep/../nennep/pg", "NENNEP_DATABASE", "x");
        assertEquals(new DatabaseChoice.Embedded(Path.of("/srv/nennep/pg"), "x"),
                decide(env, HOME, false, false, false));
    }

    @Test
    void relativeDataFolderBecomesAbsolute() {
        Map<String, String> env = Map.of("NENNEP_DATA_DIR", "data");
        DatabaseChoice.Embedded embedded = assertInstanceOf(DatabaseChoice.Embedded.class,
                decide(env, HOME, false, false, false));
        assertEquals(Path.of("data").toAbsolutePath(), embedded.dataDirectory());
    }
}
