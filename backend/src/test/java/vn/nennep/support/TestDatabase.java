package vn.nennep.support;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import vn.nennep.auth.SigningKeys;
import vn.nennep.database.LocalPostgres;

/**
 * Every @QuarkusTest runs against a real PostgreSQL: the server on 127.0.0.1:5432 (started when it is installed but
 * down), database {@code nennep_test}, created when missing. Flyway migrates it at start-up. Also gives the run its
 * token signing keys (target/test-keys) and its first system administrator.
 */
public class TestDatabase implements QuarkusTestResourceLifecycleManager {

    /** The test database; {@code -Dtest.database=...} picks another (e.g. for two checkouts side by side). */
    public static final String NAME = System.getProperty("test.database", "nennep_test");
    /** The test suite's system administrator, created at start-up like an automated deployment's first admin. */
    public static final String ADMIN_USERNAME = "test-admin";
    public static final String ADMIN_PASSWORD = "test-admin-password";

    @Override
    public Map<String, String> start() {
        LocalPostgres.ensureRunning();
        LocalPostgres.ensureDatabase(NAME);
        Map<String, String> config = new HashMap<>(SigningKeys.ensure(Path.of("target", "test-keys")));
        config.put("quarkus.datasource.jdbc.url", LocalPostgres.jdbcUrl(NAME));
        config.put("quarkus.datasource.username", LocalPostgres.USER);
        config.put("nennep.admin.username", ADMIN_USERNAME);
        config.put("nennep.admin.password", ADMIN_PASSWORD);
        return config;
    }

    @Override
    public void stop() {
        // The database stays: tests never depend on each other's rows, and a developer can look at it afterwards.
    }
}
