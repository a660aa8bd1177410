package vn.nennep.database;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The PostgreSQL server installed on this machine, at 127.0.0.1:5432 as user postgres without a password.
 * Used when running as root, and by the test suite to get its databases.
 */
public final class LocalPostgres {

    public static final String HOST = "127.0.0.1";
    public static final int PORT = 5432;
    public static final String USER = "postgres";

    private static final Duration START_TIMEOUT = Duration.ofSeconds(30);
    private static final Path INSTALL_ROOT = Path.of("/usr/lib/postgresql");
    private static final Path CONFIG_ROOT = Path.of("/etc/postgresql");

    private LocalPostgres() {
    }

    /** JDBC URL of a database on the local server. */
    public static String jdbcUrl(String database) {
        return PostgresAdmin.jdbcUrl(HOST, PORT, database);
    }

    /** Whether something answers on 127.0.0.1:5432. */
    public static boolean isAnswering() {
        return PostgresAdmin.answers(HOST, PORT);
    }

    /** Whether PostgreSQL is installed: pg_lsclusters or pg_ctlcluster on the PATH, or /usr/lib/postgresql/N/bin. */
    public static boolean isInstalled() {
        if (command("pg_ctlcluster").isPresent() || command("pg_lsclusters").isPresent()) {
            return true;
        }
        try (Stream<Path> versions = Files.list(INSTALL_ROOT)) {
            return versions.anyMatch(version -> Files.isDirectory(version.resolve("bin")));
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * Makes sure the server answers on 127.0.0.1:5432, starting the installed cluster if needed and waiting up to 30 s.
     *
     * @return true if it had to start the cluster, false if the server was already running
     * @throws IllegalStateException if no PostgreSQL is installed or the cluster does not come up
     */
    public static boolean ensureRunning() {
        if (isAnswering()) {
            return false;
        }
        if (!isInstalled()) {
            throw new IllegalStateException("Không có máy chủ PostgreSQL tại " + HOST + ":" + PORT
                    + " và máy này chưa cài PostgreSQL. Cài bằng lệnh: " + DatabaseChoice.INSTALL_COMMAND
                    + " | No PostgreSQL server answers on " + HOST + ":" + PORT + " and none is installed."
                    + " Install one with: " + DatabaseChoice.INSTALL_COMMAND);
        }
        Cluster cluster = installedCluster();
        String pgCtlCluster = command("pg_ctlcluster").orElseThrow(
                () -> new IllegalStateException("pg_ctlcluster not found; cannot start PostgreSQL " + cluster));
        run(List.of(pgCtlCluster, "--skip-systemctl-redirect", cluster.version(), cluster.name(), "start"));
        if (!PostgresAdmin.awaitAnswer(HOST, PORT, START_TIMEOUT)) {
            throw new IllegalStateException("PostgreSQL " + cluster
                    + " was started but does not answer on " + HOST + ":" + PORT
                    + " after " + START_TIMEOUT.toSeconds() + " s");
        }
        return true;
    }

    /**
     * Creates the database on the local server unless it exists.
     *
     * @return true if it was created now, false if it already existed
     */
    public static boolean ensureDatabase(String name) {
        try {
            return PostgresAdmin.createDatabaseIfMissing(HOST, PORT, USER, "", name);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create database " + name + " on " + HOST + ":" + PORT + ": "
                    + e.getMessage(), e);
        }
    }

    /** Drops the database on the local server if it exists, disconnecting whoever still uses it. */
    public static void dropDatabase(String name) {
        try {
            PostgresAdmin.dropDatabaseIfExists(HOST, PORT, USER, "", name);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot drop database " + name + ": " + e.getMessage(), e);
        }
    }

    /** A cluster as Debian's postgresql-common names it, e.g. 15/main. */
    record Cluster(String version, String name) {
        @Override
        public String toString() {
            return version + "/" + name;
        }
    }

    /** The installed cluster: the one on port 5432 per pg_lsclusters, else the newest "main" in /etc/postgresql. */
    static Cluster installedCluster() {
        Optional<String> lsclusters = command("pg_lsclusters");
        if (lsclusters.isPresent()) {
            for (String line : run(List.of(lsclusters.get(), "--no-header")).split("\n")) {
                String[] columns = line.trim().split("\\s+");
                if (columns.length >= 3 && columns[2].equals(String.valueOf(PORT))) {
                    return new Cluster(columns[0], columns[1]);
                }
            }
        }
        try (Stream<Path> versions = Files.list(CONFIG_ROOT)) {
            return versions.filter(version -> Files.isDirectory(version.resolve("main")))
                    .map(version -> version.getFileName().toString())
                    .max(Comparator.comparingDouble(LocalPostgres::versionNumber))
                    .map(version -> new Cluster(version, "main"))
                    .orElseThrow(() -> new IllegalStateException("No PostgreSQL cluster found in " + CONFIG_ROOT));
        } catch (IOException e) {
            throw new IllegalStateException("No PostgreSQL cluster found in " + CONFIG_ROOT, e);
        }
    }

    private static double versionNumber(String version) {
        try {
            return Double.parseDouble(version);
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /** The executable on the PATH (or in /usr/bin, /usr/sbin). */
    static Optional<String> command(String name) {
        List<String> directories = new ArrayList<>();
        String path = System.getenv("PATH");
        if (path != null) {
            directories.addAll(List.of(path.split(File.pathSeparator)));
        }
        directories.addAll(List.of("/usr/bin", "/usr/sbin"));
        return directories.stream()
                .filter(directory -> !directory.isEmpty())
                .map(directory -> Path.of(directory, name))
                .filter(Files::isExecutable)
                .map(Path::toString)
                .findFirst();
    }

    /** Runs a command for at most 90 s; its output, or IllegalStateException with the output if it fails. */
    private static String run(List<String> command) {
        Path output = null;
        Process process = null;
        try {
            output = Files.createTempFile("nennep-pg", ".log");
            // Output to a file, not a pipe: a server started by the command may keep a pipe open for ever.
            process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile()).start();
            if (!process.waitFor(90, TimeUnit.SECONDS)) {
                throw new IllegalStateException(String.join(" ", command) + " did not finish within 90 s");
            }
            String text = Files.readString(output, StandardCharsets.UTF_8);
            if (process.exitValue() != 0) {
                throw new IllegalStateException(String.join(" ", command) + " failed (exit " + process.exitValue()
                        + "): " + text.strip());
            }
            return text;
        } catch (IOException e) {
            throw new IllegalStateException("Cannot run " + String.join(" ", command) + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while running " + String.join(" ", command), e);
        } finally {
            if (process != null) {
                process.destroy();
            }
            if (output != null) {
                output.toFile().delete();
            }
        }
    }
}
