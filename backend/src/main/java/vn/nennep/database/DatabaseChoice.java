package vn.nennep.database;

import java.nio.file.Path;

/** Which database the application uses. {@link #decide} is pure: all it knows comes in {@link StartupFacts}. */
public sealed interface DatabaseChoice {

    String JDBC_URL_PROPERTY = "quarkus.datasource.jdbc.url";
    String JDBC_URL_ENV = "QUARKUS_DATASOURCE_JDBC_URL";
    String DATA_DIR_ENV = "NENNEP_DATA_DIR";
    String DATABASE_ENV = "NENNEP_DATABASE";
    String DEFAULT_DATABASE = "nennep";
    String INSTALL_COMMAND = "apt-get install -y postgresql";

    /** The operator configured a datasource: leave it alone. */
    record UseConfigured() implements DatabaseChoice {
    }

    /** Embedded PostgreSQL keeping its data in {@code dataDirectory}. */
    record Embedded(Path dataDirectory, String database) implements DatabaseChoice {
    }

    /** The server on 127.0.0.1:5432, started first from the installed cluster if {@code needsStart}. */
    record LocalServer(boolean needsStart, String database) implements DatabaseChoice {
    }

    /** No database can be had: print {@code message} and stop. */
    record Fail(String message) implements DatabaseChoice {
    }

    static DatabaseChoice decide(StartupFacts facts) {
        if (facts.setting(JDBC_URL_PROPERTY, JDBC_URL_ENV) != null) {
            return new UseConfigured();
        }
        String database = facts.env(DATABASE_ENV);
        if (database == null) {
            database = DEFAULT_DATABASE;
        }
        if (!facts.root()) {
            return new Embedded(dataDirectory(facts), database);
        }
        if (facts.serverAnswers()) {
            return new LocalServer(false, database);
        }
        if (facts.serverInstalled()) {
            return new LocalServer(true, database);
        }
        return new Fail(noServerMessage());
    }

    private static Path dataDirectory(StartupFacts facts) {
        String configured = facts.env(DATA_DIR_ENV);
        Path directory = configured != null
                ? Path.of(configured)
                : Path.of(facts.systemProperties().getOrDefault("user.home", "."), ".nennep", "postgres");
        return directory.toAbsolutePath().normalize();
    }

    static String noServerMessage() {
        return "Đang chạy với quyền root nên không dùng được PostgreSQL nhúng, và máy này chưa cài PostgreSQL."
                + " Cài bằng lệnh: " + INSTALL_COMMAND
                + " | Running as root, where embedded PostgreSQL cannot run, and no PostgreSQL server is installed."
                + " Install one with: " + INSTALL_COMMAND
                + " (or set QUARKUS_DATASOURCE_JDBC_URL).";
    }
}
