package vn.nennep.database;

import io.quarkus.bootstrap.logging.InitialConfigurator;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.logging.Handler;

/**
 * Runs before Quarkus: decides which database to use ({@link DatabaseChoice}), gets it ready, and hands it to Quarkus
 * through the system properties quarkus.datasource.jdbc.url, .username and .password. A datasource setting the
 * operator gave (environment or system property) is never overridden.
 */
public final class DatabaseBootstrap {

    static final String USERNAME_PROPERTY = "quarkus.datasource.username";
    static final String PASSWORD_PROPERTY = "quarkus.datasource.password";

    private DatabaseBootstrap() {
    }

    /** Gets the database ready; on failure prints why (no stack trace) and exits with status 1. */
    public static void run() {
        StartupFacts facts = probe();
        DatabaseChoice choice = DatabaseChoice.decide(facts);
        try {
            apply(choice, facts);
        } catch (Exception e) {
            fail("Không chuẩn bị được cơ sở dữ liệu / Could not get the database ready: " + reason(e));
        }
    }

    /** Looks at the machine: environment, system properties, user, port 5432, installed PostgreSQL. */
    public static StartupFacts probe() {
        Map<String, String> properties = new HashMap<>();
        System.getProperties().forEach((key, value) -> properties.put(String.valueOf(key), String.valueOf(value)));
        boolean root = isRoot();
        return new StartupFacts(System.getenv(), properties, root,
                root && LocalPostgres.isAnswering(), root && LocalPostgres.isInstalled());
    }

    private static void apply(DatabaseChoice choice, StartupFacts facts) throws Exception {
        if (choice instanceof DatabaseChoice.Fail fail) {
            fail(fail.message());
        } else if (choice instanceof DatabaseChoice.Embedded embedded) {
            EmbeddedDatabase.Started started = EmbeddedDatabase.start(embedded.dataDirectory(), embedded.database());
            use(facts, PostgresAdmin.jdbcUrl("localhost", started.port(), embedded.database()),
                    EmbeddedDatabase.USER, "");
            say("Cơ sở dữ liệu: PostgreSQL nhúng, CSDL \"" + embedded.database() + "\", dữ liệu lưu trong thư mục "
                    + embedded.dataDirectory() + (started.reused() ? " (dùng lại dữ liệu có sẵn)" : " (mới tạo)")
                    + ", cổng " + started.port()
                    + " | Database: embedded PostgreSQL, database \"" + embedded.database() + "\", data kept in folder "
                    + embedded.dataDirectory() + (started.reused() ? " (reusing existing data)" : " (newly created)")
                    + ", port " + started.port());
        } else if (choice instanceof DatabaseChoice.LocalServer local) {
            String user = configured(facts, USERNAME_PROPERTY, LocalPostgres.USER);
            String password = configured(facts, PASSWORD_PROPERTY, "");
            boolean started = local.needsStart() && LocalPostgres.ensureRunning();
            PostgresAdmin.createDatabaseIfMissing(LocalPostgres.HOST, LocalPostgres.PORT, user, password,
                    local.database());
            use(facts, LocalPostgres.jdbcUrl(local.database()), LocalPostgres.USER, "");
            String where = LocalPostgres.HOST + ":" + LocalPostgres.PORT + ", CSDL \"" + local.database() + "\"";
            say("Cơ sở dữ liệu: máy chủ PostgreSQL tại " + where
                    + (started ? " (vừa khởi động cụm PostgreSQL đã cài)" : "")
                    + " vì đang chạy với quyền root, mà PostgreSQL nhúng không chạy dưới root"
                    + " | Database: local PostgreSQL server at " + LocalPostgres.HOST + ":" + LocalPostgres.PORT
                    + ", database \"" + local.database() + "\"" + (started ? " (started the installed cluster)" : "")
                    + ", because this runs as root, where embedded PostgreSQL cannot run");
        }
        // UseConfigured: nothing to do, nothing to say.
    }

    /** Sets the datasource system properties, except those the operator configured. */
    private static void use(StartupFacts facts, String url, String user, String password) {
        System.setProperty(DatabaseChoice.JDBC_URL_PROPERTY, url);
        if (facts.setting(USERNAME_PROPERTY, envName(USERNAME_PROPERTY)) == null) {
            System.setProperty(USERNAME_PROPERTY, user);
        }
        if (facts.setting(PASSWORD_PROPERTY, envName(PASSWORD_PROPERTY)) == null) {
            System.setProperty(PASSWORD_PROPERTY, password);
        }
    }

    private static String configured(StartupFacts facts, String property, String otherwise) {
        String value = facts.setting(property, envName(property));
        return value == null ? otherwise : value;
    }

    /** quarkus.datasource.username → QUARKUS_DATASOURCE_USERNAME. */
    static String envName(String property) {
        return property.toUpperCase().replaceAll("[^A-Z0-9]", "_");
    }

    static boolean isRoot() {
        try {
            return Integer.valueOf(0).equals(Files.getAttribute(Path.of("/proc/self"), "unix:uid"));
        } catch (Exception e) {
            return "root".equals(System.getProperty("user.name"));
        }
    }

    private static String reason(Throwable e) {
        StringBuilder reason = new StringBuilder(String.valueOf(e.getMessage()));
        for (Throwable cause = e.getCause(); cause != null && cause != cause.getCause(); cause = cause.getCause()) {
            if (cause.getMessage() != null && !reason.toString().contains(cause.getMessage())) {
                reason.append(": ").append(cause.getMessage());
            }
        }
        return reason.toString();
    }

    /** One plain line on standard output, in UTF-8 whatever the locale, before Quarkus logging starts. */
    private static void say(String line) {
        print(new FileOutputStream(FileDescriptor.out), line);
    }

    private static void fail(String message) {
        showEarlyLogs();
        print(new FileOutputStream(FileDescriptor.err), message);
        System.exit(1);
    }

    /**
     * Log records written before Quarkus configures logging (zonky's, with initdb's and PostgreSQL's output) are held
     * back until it does; when we stop before that, send them to the console so the cause is visible.
     */
    private static void showEarlyLogs() {
        try {
            InitialConfigurator.DELAYED_HANDLER.setHandlers(new Handler[] {InitialConfigurator.createDefaultHandler()});
        } catch (RuntimeException | LinkageError e) {
            // not running from the Quarkus launcher: nothing was held back
        }
    }

    private static void print(FileOutputStream stream, String line) {
        System.out.flush();
        PrintStream out = new PrintStream(stream, true, StandardCharsets.UTF_8);
        out.println(line);
        out.flush();
    }
}
