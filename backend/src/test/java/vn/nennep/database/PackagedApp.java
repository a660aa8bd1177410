package vn.nennep.database;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The packaged application (target/quarkus-app, as `java -jar quarkus-run.jar` runs it) in a child process, for the
 * integration tests. Its output goes to a file; {@link #close()} always stops it.
 */
public final class PackagedApp implements AutoCloseable {

    static final Duration READY_TIMEOUT = Duration.ofSeconds(180);
    static final Duration STOP_TIMEOUT = Duration.ofSeconds(30);
    /** The unprivileged user the embedded test runs as when the tests run as root. */
    static final String UNPRIVILEGED_USER = "nobody";
    /** The JVM's exit status after SIGTERM (128 + 15). */
    static final int SIGTERM_EXIT = 143;

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final Process process;
    private final Path output;
    private final int httpPort;

    private PackagedApp(Process process, Path output, int httpPort) {
        this.process = process;
        this.output = output;
        this.httpPort = httpPort;
    }

    /** The packaged application Maven built (failsafe passes its folder). */
    public static Path builtApp() {
        Path app = Path.of(System.getProperty("nennep.app.dir", "target/quarkus-app"));
        if (!Files.isRegularFile(app.resolve("quarkus-run.jar"))) {
            fail("No packaged application in " + app.toAbsolutePath() + "; run `./mvnw verify`, not the IT alone");
        }
        return app;
    }

    /**
     * Starts the application.
     *
     * @param env       added to the environment, after removing every inherited QUARKUS_* and NENNEP_* variable
     * @param runAs     user to run as (needs root), or null to run as ourselves
     * @param directory working folder, also user.home and HOME
     * @param outputFile where its standard output and error go
     */
    public static PackagedApp start(Path app, Map<String, String> env, String runAs, Path directory, Path outputFile)
            throws IOException {
        int port = freePort();
        List<String> command = new ArrayList<>();
        if (runAs != null) {
            // setpriv execs java in place (runuser/su would stay in between and forward signals their own way).
            command.addAll(List.of("setpriv", "--reuid=" + runAs, "--regid=" + groupOf(runAs), "--clear-groups", "--"));
        }
        command.addAll(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Duser.home=" + directory, "-Dquarkus.http.port=" + port,
                "-jar", app.resolve("quarkus-run.jar").toString()));
        ProcessBuilder builder = new ProcessBuilder(command).directory(directory.toFile())
                .redirectErrorStream(true).redirectOutput(outputFile.toFile());
        Map<String, String> environment = builder.environment();
        environment.keySet().removeIf(name -> name.startsWith("QUARKUS_") || name.startsWith("NENNEP_"));
        environment.put("HOME", directory.toString());
        if (environment.get("LC_ALL") == null && environment.get("LC_CTYPE") == null && environment.get("LANG") == null) {
            environment.put("LANG", "C.UTF-8"); // as on a person's terminal; Java 17 prints "?" for "ệ" without it
        }
        environment.putAll(env);
        return new PackagedApp(builder.start(), outputFile, port);
    }

    /** Waits (bounded) until GET /q/health/ready answers 200; fails with the output if not, or if the app dies. */
    public void awaitReady() throws IOException, InterruptedException {
        HttpRequest ready = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + httpPort + "/q/health/ready"))
                .timeout(Duration.ofSeconds(5)).build();
        long deadline = System.nanoTime() + READY_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                fail("The application exited with " + process.exitValue() + " before it was ready:\n" + output());
            }
            try {
                if (HTTP.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notListeningYet) {
                // keep polling
            }
            process.waitFor(250, TimeUnit.MILLISECONDS);
        }
        fail("Not ready within " + READY_TIMEOUT.toSeconds() + " s:\n" + output());
    }

    public int httpPort() {
        return httpPort;
    }

    /** The operating system's id of the application's process. */
    public long pid() {
        return process.pid();
    }

    /** SIGKILL, as when a machine or a container dies: no shutdown at all. Waits (bounded) until it is gone. */
    public void killAbruptly() throws InterruptedException {
        process.destroyForcibly();
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
            fail("The application did not die within 10 s of SIGKILL");
        }
    }

    public String output() throws IOException {
        return Files.readString(output, StandardCharsets.UTF_8);
    }

    /** The start-up line the database bootstrap prints, or null if it printed none. */
    String databaseLine() throws IOException {
        return output().lines().filter(line -> line.startsWith("Cơ sở dữ liệu:")).findFirst().orElse(null);
    }

    /**
     * SIGTERM, as an operator (or systemd) would stop it; fails unless it exits within 30 s with the JVM's status for
     * SIGTERM (143) or 0. Forcibly killed if it takes too long.
     */
    public void stop() throws IOException, InterruptedException {
        process.destroy();
        if (!process.waitFor(STOP_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
            kill();
            fail("The application did not stop within " + STOP_TIMEOUT.toSeconds() + " s of SIGTERM:\n" + output());
        }
        int exit = process.exitValue();
        if (exit != SIGTERM_EXIT && exit != 0) {
            fail("The application exited with " + exit + " on SIGTERM:\n" + output());
        }
    }

    @Override
    public void close() {
        if (process.isAlive()) {
            kill();
        }
    }

    private void kill() {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
        try {
            process.waitFor(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    // ---- files and users ----

    /** A fresh folder that other users may enter and read (temp folders are 700 by default). */
    public static Path openFolder(String prefix) throws IOException {
        Path folder = Files.createTempDirectory(prefix);
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxr-xr-x"));
        return folder;
    }

    /** Copies the packaged application so that any user can read and run it. */
    static Path copyReadable(Path app, Path target) throws IOException {
        try (Stream<Path> files = Files.walk(app)) {
            for (Path source : (Iterable<Path>) files::iterator) {
                Path copy = target.resolve(app.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(copy);
                    Files.setPosixFilePermissions(copy, PosixFilePermissions.fromString("rwxr-xr-x"));
                } else {
                    Files.copy(source, copy);
                    Files.setPosixFilePermissions(copy, PosixFilePermissions.fromString("rw-r--r--"));
                }
            }
        }
        return target;
    }

    /** Makes the folder belong to the user (and the user's group). */
    static void giveTo(Path folder, String user) throws IOException, InterruptedException {
        run("chown", "-R", user + ":", folder.toString());
    }

    static String groupOf(String user) throws IOException {
        try {
            return run("id", "-g", user).strip();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }

    /** Deletes a folder tree; as root this includes what the unprivileged user wrote. */
    public static void delete(Path folder) throws IOException {
        if (folder == null || !Files.exists(folder)) {
            return;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : (Iterable<Path>) files.sorted(Comparator.reverseOrder())::iterator) {
                Files.deleteIfExists(file);
            }
        }
    }

    /** Kills a PostgreSQL left running on the data folder (only if a test failed half-way). */
    static void killServerOf(Path dataDirectory) throws IOException {
        Path pidFile = dataDirectory.resolve("postmaster.pid");
        if (Files.exists(pidFile)) {
            String pid = Files.readAllLines(pidFile).get(0).strip();
            ProcessHandle.of(Long.parseLong(pid)).ifPresent(server -> {
                server.destroy();
                server.onExit().orTimeout(10, TimeUnit.SECONDS).exceptionally(e -> {
                    server.destroyForcibly();
                    return server;
                }).join();
            });
        }
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static String run(String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String text = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(30, TimeUnit.SECONDS) || process.exitValue() != 0) {
            process.destroyForcibly();
            throw new IOException(String.join(" ", command) + " failed: " + text);
        }
        return text;
    }

    public static Map<String, String> env(String... keysAndValues) {
        Map<String, String> env = new HashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            env.put(keysAndValues[i], keysAndValues[i + 1]);
        }
        return env;
    }
}
