package vn.nennep.database;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A PostgreSQL cluster of a test's own (the installed Debian binaries, /usr/lib/postgresql/N/bin), on a free port and
 * a data folder of its own, so that the test may stop and restart it while the shared server on 5432 is left alone.
 * As root it runs as the postgres OS user (PostgreSQL refuses root). {@link #close()} always stops it.
 */
final class OwnPostgres implements AutoCloseable {

    static final String DATABASE = "nennep";
    private static final Path INSTALL_ROOT = Path.of("/usr/lib/postgresql");
    private static final String OS_USER = "postgres";
    private static final long COMMAND_TIMEOUT_SECONDS = 90;

    private final Path binaries;
    private final Path data;
    private final int port;

    private OwnPostgres(Path binaries, Path data, int port) {
        this.binaries = binaries;
        this.data = data;
        this.port = port;
    }

    /** The newest installed version's bin folder, if any. */
    static Optional<Path> installedBinaries() {
        try (Stream<Path> versions = Files.list(INSTALL_ROOT)) {
            return versions.map(version -> version.resolve("bin"))
                    .filter(bin -> Files.isExecutable(bin.resolve("pg_ctl")) && Files.isExecutable(bin.resolve("initdb")))
                    .max(Comparator.comparingDouble(bin -> versionNumber(bin.getParent().getFileName().toString())));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** initdb in {@code base}/pgdata, start on a free port, create the database {@value #DATABASE}. */
    static OwnPostgres start(Path binaries, Path base) throws Exception {
        Path data = base.resolve("pgdata");
        Files.createDirectories(data);
        if (DatabaseBootstrap.isRoot()) {
            PackagedApp.giveTo(data, OS_USER);
        }
        OwnPostgres postgres = new OwnPostgres(binaries, data, PackagedApp.freePort());
        try {
            postgres.run("initdb", "-D", data.toString(), "-U", "postgres", "-A", "trust", "-E", "UTF8",
                    "--locale=C", "--no-sync");
            postgres.start();
            PostgresAdmin.createDatabaseIfMissing(LocalPostgres.HOST, postgres.port, "postgres", "", DATABASE);
        } catch (Exception e) {
            postgres.close();
            throw e;
        }
        return postgres;
    }

    /**
     * A streaming standby of {@code primary}, started: {@code pg_basebackup -R} (a base backup that starts as a
     * standby following the primary, WAL streamed during the copy) into {@code base}/standby, on a free port of its
     * own. The primary's default pg_hba.conf (initdb -A trust) lets 127.0.0.1 replicate.
     */
    static OwnPostgres standbyOf(OwnPostgres primary, Path base) throws Exception {
        Path data = base.resolve("standby");
        ownedFolder(data);
        OwnPostgres standby = new OwnPostgres(primary.binaries, data, PackagedApp.freePort());
        try {
            standby.run("pg_basebackup", "-h", LocalPostgres.HOST, "-p", Integer.toString(primary.port), "-U",
                    "postgres", "-D", data.toString(), "-R", "-X", "stream", "-c", "fast", "--no-sync");
            standby.start();
        } catch (Exception e) {
            standby.close();
            throw e;
        }
        return standby;
    }

    /** Archives every finished WAL segment into {@code archive} (archive_mode needs a restart). */
    void archiveTo(Path archive) throws Exception {
        ownedFolder(archive);
        sql("postgres", "ALTER SYSTEM SET archive_mode = on",
                "ALTER SYSTEM SET archive_command = 'test ! -f " + archive + "/%f && cp %p " + archive + "/%f'");
        restart();
    }

    /** A base backup (plain format, with the WAL it needs) into {@code folder}. */
    void baseBackup(Path folder) throws Exception {
        ownedFolder(folder);
        run("pg_basebackup", "-h", LocalPostgres.HOST, "-p", Integer.toString(port), "-U", "postgres", "-D",
                folder.toString(), "-X", "stream", "-c", "fast", "--no-sync");
    }

    /**
     * A point-in-time restore, started: the base backup in {@code backup} (used in place) replays the WAL archived in
     * {@code archive} up to the restore point {@code name}, then ends recovery on a new timeline and takes writes. On a
     * free port of its own; returns once it is out of recovery.
     */
    static OwnPostgres restore(Path binaries, Path backup, Path archive, String name) throws Exception {
        Files.writeString(backup.resolve("recovery.signal"), "");
        Files.writeString(backup.resolve("postgresql.auto.conf"), "\nrestore_command = 'cp " + archive + "/%f %p'\n"
                + "recovery_target_name = '" + name + "'\nrecovery_target_action = 'promote'\n"
                + "archive_mode = off\n", StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.APPEND);
        if (DatabaseBootstrap.isRoot()) {
            PackagedApp.giveTo(backup, OS_USER);
        }
        OwnPostgres restored = new OwnPostgres(binaries, backup, PackagedApp.freePort());
        try {
            restored.start();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(COMMAND_TIMEOUT_SECONDS);
            while (restored.inRecovery()) {
                if (System.nanoTime() > deadline) {
                    throw new IOException("still in recovery after " + COMMAND_TIMEOUT_SECONDS + " s" + restored.serverLog());
                }
                Thread.sleep(200);
            }
        } catch (Exception e) {
            restored.close();
            throw e;
        }
        return restored;
    }

    private boolean inRecovery() throws SQLException {
        try (Connection connection = PostgresAdmin.connect(LocalPostgres.HOST, port, "postgres", "postgres", "");
                Statement statement = connection.createStatement();
                java.sql.ResultSet rows = statement.executeQuery("SELECT pg_is_in_recovery()")) {
            rows.next();
            return rows.getBoolean(1);
        }
    }

    /** An empty folder only the server's user may enter, as PostgreSQL wants its data and archive folders. */
    private static void ownedFolder(Path folder) throws IOException, InterruptedException {
        Files.createDirectories(folder);
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwx------"));
        if (DatabaseBootstrap.isRoot()) {
            PackagedApp.giveTo(folder, OS_USER);
        }
    }

    String jdbcUrl() {
        return PostgresAdmin.jdbcUrl(LocalPostgres.HOST, port, DATABASE);
    }

    /**
     * The multi-host URL an application uses in front of a primary and its standbys: the driver tries each in turn
     * and keeps the one that accepts writes, so after a promotion new connections reach the new primary.
     */
    static String primaryOf(OwnPostgres... servers) {
        StringBuilder hosts = new StringBuilder();
        for (OwnPostgres server : servers) {
            hosts.append(hosts.length() == 0 ? "" : ",").append(LocalPostgres.HOST).append(':').append(server.port);
        }
        return "jdbc:postgresql://" + hosts + "/" + DATABASE + "?targetServerType=primary";
    }

    /** Runs statements as the superuser, in {@code database}, each in its own transaction. */
    void sql(String database, String... statements) throws SQLException {
        try (Connection connection = PostgresAdmin.connect(LocalPostgres.HOST, port, database, "postgres", "");
                Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        }
    }

    int port() {
        return port;
    }

    void start() throws IOException, InterruptedException {
        run("pg_ctl", "-D", data.toString(), "-l", data.resolve("server.log").toString(), "-w", "-t", "60",
                "-o", serverOptions(), "start");
    }

    /** What an operator's restart does: fast shutdown (sessions terminated, 57P01), then start again. */
    void restart() throws IOException, InterruptedException {
        run("pg_ctl", "-D", data.toString(), "-l", data.resolve("server.log").toString(), "-w", "-t", "60",
                "-m", "fast", "-o", serverOptions(), "restart");
    }

    void stop() throws IOException, InterruptedException {
        run("pg_ctl", "-D", data.toString(), "-w", "-t", "60", "-m", "fast", "stop");
    }

    /** What a crash of the machine does to the server: immediate stop, no shutdown checkpoint. */
    void crash() throws IOException, InterruptedException {
        run("pg_ctl", "-D", data.toString(), "-w", "-t", "60", "-m", "immediate", "stop");
    }

    /** A standby becomes a primary (on a new timeline), as a failover does. */
    void promote() throws IOException, InterruptedException {
        run("pg_ctl", "-D", data.toString(), "-w", "-t", "60", "promote");
    }

    /**
     * A test's clean-up, whatever failed before: the application first (it holds connections), then the servers in
     * the order given, then the folder they all lived in.
     */
    static void tearDown(PackagedApp app, Path base, OwnPostgres... servers) throws IOException {
        try {
            if (app != null) {
                app.close();
            }
        } finally {
            try {
                for (OwnPostgres server : servers) {
                    if (server != null) {
                        server.close();
                    }
                }
            } finally {
                PackagedApp.delete(base);
            }
        }
    }

    /** Stops the server if it runs, whatever state the test left it in. */
    @Override
    public void close() {
        try {
            if (Files.exists(data.resolve("postmaster.pid"))) {
                run("pg_ctl", "-D", data.toString(), "-w", "-t", "30", "-m", "immediate", "stop");
            }
        } catch (Exception e) {
            // fall through to killing it
        }
        try {
            PackagedApp.killServerOf(data);
        } catch (IOException e) {
            // nothing more to do
        }
    }

    /** TCP on 127.0.0.1 only, no Unix socket (nothing left in /run/postgresql or /tmp). */
    private String serverOptions() {
        return "-p " + port + " -c listen_addresses=127.0.0.1 -c unix_socket_directories=''";
    }

    private void run(String program, String... arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        if (DatabaseBootstrap.isRoot()) {
            command.addAll(List.of("runuser", "-u", OS_USER, "--"));
        }
        command.add(binaries.resolve(program).toString());
        command.addAll(List.of(arguments));
        Path output = Files.createTempFile("nennep-own-pg", ".log");
        try {
            // Output to a file, not a pipe: the server started by pg_ctl would keep a pipe open.
            Process process = new ProcessBuilder(command).directory(data.getParent().toFile())
                    .redirectErrorStream(true).redirectOutput(output.toFile()).start();
            if (!process.waitFor(COMMAND_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IOException(String.join(" ", command) + " did not finish in " + COMMAND_TIMEOUT_SECONDS + " s");
            }
            if (process.exitValue() != 0) {
                throw new IOException(String.join(" ", command) + " failed (exit " + process.exitValue() + "): "
                        + Files.readString(output, StandardCharsets.UTF_8) + serverLog());
            }
        } finally {
            Files.deleteIfExists(output);
        }
    }

    private String serverLog() {
        try {
            Path log = data.resolve("server.log");
            return Files.exists(log) ? "\nserver log:\n" + Files.readString(log, StandardCharsets.UTF_8) : "";
        } catch (IOException e) {
            return "";
        }
    }

    private static double versionNumber(String version) {
        try {
            return Double.parseDouble(version);
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
