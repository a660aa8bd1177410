package vn.nennep.support;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;
import vn.nennep.database.LocalPostgres;

/**
 * Every @QuarkusTest runs against a real PostgreSQL: the server on 127.0.0.1:5432 (started when it is installed but
 * down), database {@code nennep_test}, created when missing. Flyway migrates it at start-up.
 */
public class TestDatabase implements QuarkusTestResourceLifecycleManager {

    public static final String NAME = "nennep_test";

    @Override
    public Map<String, String> start() {
        LocalPostgres.ensureRunning();
        LocalPostgres.ensureDatabase(NAME);
        return Map.of("quarkus.datasource.jdbc.url", LocalPostgres.jdbcUrl(NAME),
                "quarkus.datasource.username", LocalPostgres.USER);
    }

    @Override
    public void stop() {
        // The database stays: tests never depend on each other's rows, and a developer can look at it afterwards.
    }
}
