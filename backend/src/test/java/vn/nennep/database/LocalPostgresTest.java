package vn.nennep.database;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Against the real server on 127.0.0.1:5432 (started from the installed cluster if needed). */
class LocalPostgresTest {

    @BeforeAll
    static void serverRuns() {
        assumeTrue(LocalPostgres.isAnswering() || LocalPostgres.isInstalled(), "no local PostgreSQL");
        LocalPostgres.ensureRunning();
    }

    @Test
    void ensureDatabaseCreatesOnceThenDrops() throws Exception {
        String name = "nennep_it_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        try {
            assertTrue(LocalPostgres.ensureDatabase(name), "created the first time");
            assertFalse(LocalPostgres.ensureDatabase(name), "already there the second time");
            assertEquals(1, count(name));
        } finally {
            LocalPostgres.dropDatabase(name);
        }
        assertEquals(0, count(name));
        LocalPostgres.dropDatabase(name); // idempotent too
    }

    @Test
    void ensureRunningIsANoOpWhenTheServerAnswers() {
        assertFalse(LocalPostgres.ensureRunning());
    }

    @Test
    void findsTheInstalledCluster() {
        assumeTrue(LocalPostgres.command("pg_lsclusters").isPresent());
        LocalPostgres.Cluster cluster = LocalPostgres.installedCluster();
        assertFalse(cluster.version().isBlank());
        assertFalse(cluster.name().isBlank());
    }

    private static int count(String name) throws Exception {
        try (Connection connection = PostgresAdmin.connect(LocalPostgres.HOST, LocalPostgres.PORT, "postgres",
                LocalPostgres.USER, "");
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(
                        "SELECT count(*) FROM pg_database WHERE datname = '" + name + "'")) {
            rows.next();
            return rows.getInt(1);
        }
    }
}
