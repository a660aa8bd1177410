package vn.nennep.database;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The packaged application started as root with no database configured uses the server on 127.0.0.1:5432 and says
 * so; with QUARKUS_DATASOURCE_JDBC_URL in the environment it uses that and says nothing about choosing.
 */
class LocalServerIT {

    private Path base;
    private String database;
    private PackagedApp app;

    @BeforeEach
    void prepare() throws Exception {
        assumeTrue(LocalPostgres.isAnswering() || DatabaseBootstrap.isRoot(), "no PostgreSQL on 127.0.0.1:5432");
        LocalPostgres.ensureRunning();
        base = PackagedApp.openFolder("nennep-local-it");
        database = "nennep_it_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    }

    @AfterEach
    void cleanUp() throws Exception {
        try {
            if (app != null) {
                app.close();
            }
            if (database != null) {
                LocalPostgres.dropDatabase(database);
            }
        } finally {
            PackagedApp.delete(base);
        }
    }

    @Test
    void asRootUsesTheLocalServer() throws Exception {
        assumeTrue(DatabaseBootstrap.isRoot(), "only root uses the local server");
        app = PackagedApp.start(PackagedApp.builtApp(),
                Map.of("NENNEP_DATABASE", database, "NENNEP_DEMO_DATA", "false"), null, base, base.resolve("app.log"));
        app.awaitReady();
        String line = app.databaseLine();
        assertNotNull(line, "no start-up line about the database:\n" + app.output());
        assertTrue(line.contains("Database: local PostgreSQL server at 127.0.0.1:5432, database \"" + database + "\""),
                line);
        assertTrue(migrations() > 0, "Flyway migrated " + database);
        app.stop();
    }

    @Test
    void configuredUrlWins() throws Exception {
        LocalPostgres.ensureDatabase(database);
        app = PackagedApp.start(PackagedApp.builtApp(), Map.of(
                "QUARKUS_DATASOURCE_JDBC_URL", LocalPostgres.jdbcUrl(database),
                "QUARKUS_DATASOURCE_USERNAME", LocalPostgres.USER,
                "NENNEP_DATA_DIR", base.resolve("unused").toString(),
                "NENNEP_DEMO_DATA", "false"), null, base, base.resolve("app.log"));
        app.awaitReady();
        String output = app.output();
        assertEquals(null, app.databaseLine(), output);
        assertTrue(!output.contains("embedded PostgreSQL") && !output.contains("local PostgreSQL server")
                && !output.contains("io.zon"), "no database was chosen:\n" + output);
        assertTrue(migrations() > 0, "Flyway migrated the configured database " + database);
        app.stop();
    }

    private int migrations() throws Exception {
        try (Connection connection = PostgresAdmin.connect(LocalPostgres.HOST, LocalPostgres.PORT, database,
                LocalPostgres.USER, "");
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT count(*) FROM flyway_schema_history WHERE success")) {
            rows.next();
            return rows.getInt(1);
        }
    }
}
