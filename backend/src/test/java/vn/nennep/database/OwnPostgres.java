package vn.nennep.database;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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

    String jdbcUrl() {
        return PostgresAdmin.jdbcUrl(LocalPostgres.HOST, port, DATABASE);
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
