package vn.nennep.bench;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Array;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import vn.nennep.bench.DrillLoad.Kind;
import vn.nennep.bench.DrillLoad.Outcome;

/**
 * The failure drill of the local cluster (deploy/local/drill, which starts it): writers through the load balancer
 * while (a) one application instance is killed with SIGKILL and started again, (b) the PostgreSQL primary is stopped
 * at once and the synchronous standby promoted, (c) every instance is restarted in turn, drained first. After each
 * phase every acknowledged write is looked for in the database (the current primary, through the same multi-host URL
 * as the application). Prints per phase: writes acknowledged and failed, reads, writes lost, and for (b) the seconds
 * from the primary's stop to the first acknowledged write sent after it. Exits 1 when a write was lost or a request
 * failed during the rolling restart.
 *
 * <p>Arguments: {@code --url} (the balancer), {@code --cluster} (deploy/local/cluster), {@code --jdbc},
 * {@code --accounts} (the demo accounts file), {@code --instances N}, {@code --writers N}, {@code --user}.
 */
public final class Drill {

    private static final long RECOVERY_LIMIT_SECONDS = 120;
    private static final Pattern PROBLEM = Pattern.compile("urn:nennep:problem:([a-z-]+)");

    private final Map<String, String> options;
    private final DrillLoad load;
    private final Map<String, String> titles = new LinkedHashMap<>();
    private final Map<String, String> notes = new LinkedHashMap<>();
    private final List<String> checks = new ArrayList<>();
    private boolean lostAny;

    private Drill(Map<String, String> options) {
        this.options = options;
        this.load = new DrillLoad(URI.create(options.get("url")));
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = new LinkedHashMap<>(Map.of("writers", "4", "instances", "3",
                "user", "vanphong"));
        for (int i = 0; i + 1 < args.length; i += 2) {
            options.put(args[i].replaceFirst("^--", ""), args[i + 1]);
        }
        for (String required : List.of("url", "cluster", "jdbc", "accounts")) {
            if (!options.containsKey(required)) {
                System.err.println("drill: --" + required + " is required");
                System.exit(2);
            }
        }
        System.exit(new Drill(options).run());
    }

    private int run() throws Exception {
        long began = System.nanoTime();
        load.prepare(options.get("user"), password(Path.of(options.get("accounts")), options.get("user")));
        int writers = Integer.parseInt(options.get("writers"));
        int instances = Integer.parseInt(options.get("instances"));
        say("%d writers through %s as %s", writers, options.get("url"), options.get("user"));
        load.start(writers);
        enter("warm-up", "load before any failure");
        sleep(5);

        enter("a", "kill -9 of instance 1, started again");
        sleep(5);
        cluster("kill-app", "1");
        sleep(10);
        cluster("start-app", "1");
        sleep(3);
        verify("a");

        enter("b", "primary stopped (immediate), standby promoted");
        sleep(5);
        cluster("stop-primary");
        long stopped = System.nanoTime();
        cluster("promote");
        double promoted = seconds(System.nanoTime() - stopped);
        double recovered = awaitWrite(stopped);
        notes.put("b", String.format("promoted %.1f s after the stop; writing again %s after the stop", promoted,
                recovered < 0 ? "NOT within " + RECOVERY_LIMIT_SECONDS + " s" : String.format("%.1f s", recovered)));
        sleep(5);
        verify("b");

        enter("c", "rolling restart of " + instances + " instances (drain, SIGTERM, start, ready)");
        for (int n = 1; n <= instances; n++) {
            cluster("restart-app", Integer.toString(n));
        }
        sleep(3);
        load.close();
        verify("c");

        List<Outcome> all = load.outcomes();
        long failedInC = all.stream().filter(o -> o.phase().equals("c") && !o.acknowledged()).count();
        report(all, began);
        say("whole run %.0f s; the cluster now runs on one database (the promoted standby);"
                + " 'deploy/local/cluster start' rebuilds the pair from scratch", seconds(System.nanoTime() - began));
        boolean passed = !lostAny && failedInC == 0;
        say(passed ? "PASSED: no acknowledged write lost, no request failed during the rolling restart"
                : "FAILED: " + (lostAny ? "acknowledged writes lost" : "") + (lostAny && failedInC > 0 ? ", " : "")
                + (failedInC > 0 ? failedInC + " requests failed during the rolling restart" : ""));
        return passed ? 0 : 1;
    }

    private void enter(String phase, String title) {
        if (!title.isEmpty()) {
            titles.put(phase, title);
            say("phase %s: %s", phase, title);
        }
        load.phase(phase);
    }

    /** Seconds from {@code since} until a write sent after it was acknowledged; -1 if none within the limit. */
    private double awaitWrite(long since) throws InterruptedException {
        long deadline = since + TimeUnit.SECONDS.toNanos(RECOVERY_LIMIT_SECONDS);
        while (System.nanoTime() < deadline) {
            double first = load.outcomes().stream().filter(o -> o.write() && o.acknowledged() && o.sent() >= since)
                    .mapToLong(Outcome::answered).min().stream().mapToDouble(t -> seconds(t - since)).findFirst()
                    .orElse(-1);
            if (first >= 0) {
                return first;
            }
            Thread.sleep(100);
        }
        return -1;
    }

    /** Looks for every write acknowledged so far; says how many are missing. */
    private void verify(String after) throws SQLException {
        List<Outcome> acknowledged = load.outcomes().stream().filter(o -> o.write() && o.acknowledged()).toList();
        Set<String> missing = missing(acknowledged);
        lostAny |= !missing.isEmpty();
        String line = String.format("after %s: %d acknowledged writes so far, %d missing", after,
                acknowledged.size(), missing.size());
        checks.add(line);
        say("check %s", line);
    }

    private Set<String> missing(List<Outcome> writes) throws SQLException {
        Set<String> missing = new HashSet<>();
        try (Connection c = DriverManager.getConnection(options.get("jdbc"), "postgres", "")) {
            missing.addAll(absent(c, "meetings", ids(writes, Kind.MEETING)));
            missing.addAll(absent(c, "recommendation_entries", ids(writes, Kind.COMMENT)));
        }
        return missing;
    }

    private static List<String> ids(List<Outcome> writes, Kind kind) {
        return writes.stream().filter(o -> o.kind() == kind).map(Outcome::id).toList();
    }

    private static Set<String> absent(Connection c, String table, List<String> ids) throws SQLException {
        Set<String> absent = new HashSet<>(ids);
        Array array = c.createArrayOf("text", ids.toArray());
        try (PreparedStatement s = c.prepareStatement("select id::text from " + table + " where id = any(?::uuid[])")) {
            s.setArray(1, array);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    absent.remove(r.getString(1));
                }
            }
        }
        return absent;
    }

    private void report(List<Outcome> all, long began) throws SQLException, IOException {
        Set<String> missing = missing(all.stream().filter(o -> o.write() && o.acknowledged()).toList());
        System.out.println();
        System.out.println("Failure drill, " + Instant.now().toString().substring(0, 19) + "Z");
        System.out.printf("%-8s %10s %8s %9s %8s %6s %9s  %s%n", "phase", "writes ok", "failed", "reads ok", "failed",
                "lost", "p99 ms", "what happened");
        for (String phase : titles.keySet()) {
            List<Outcome> in = all.stream().filter(o -> o.phase().equals(phase)).toList();
            long[] latency = in.stream().filter(Outcome::acknowledged).mapToLong(o -> o.answered() - o.sent())
                    .sorted().toArray();
            System.out.printf("%-8s %10d %8d %9d %8d %6d %9.0f  %s%n", phase,
                    count(in, o -> o.write() && o.acknowledged()), count(in, o -> o.write() && !o.acknowledged()),
                    count(in, o -> !o.write() && o.acknowledged()), count(in, o -> !o.write() && !o.acknowledged()),
                    count(in, o -> o.write() && o.acknowledged() && missing.contains(o.id())),
                    latency.length == 0 ? 0 : latency[(int) Math.min(latency.length - 1, latency.length * 0.99)] / 1e6,
                    titles.get(phase) + (notes.containsKey(phase) ? "; " + notes.get(phase) : ""));
            String errors = in.stream().filter(o -> !o.acknowledged()).collect(Collectors.groupingBy(
                    o -> o.kind() + " " + brief(o.error()), LinkedHashMap::new, Collectors.counting())).entrySet().stream()
                    .map(e -> e.getValue() + " x " + e.getKey()).collect(Collectors.joining("; "));
            if (!errors.isEmpty()) {
                System.out.println("         failures: " + errors);
            }
        }
        checks.forEach(check -> System.out.println("checked " + check));
        Path failures = Path.of(options.getOrDefault("failures", "drill-failures.txt"));
        Files.write(failures, all.stream().filter(o -> !o.acknowledged()).map(o -> String.format("%s %s %s +%.3f s,"
                + " %.3f s: %s", Instant.now().minusNanos(System.nanoTime() - o.sent()), o.phase(), o.kind(),
                seconds(o.sent() - began), seconds(o.answered() - o.sent()), o.error())).toList());
        lostAny |= !missing.isEmpty();
    }

    /** "503 service-unavailable" for a problem, the exception's message for a broken connection. */
    private static String brief(String error) {
        Matcher problem = PROBLEM.matcher(error);
        return problem.find() ? error.substring(0, 3) + " " + problem.group(1) : error;
    }

    private static long count(List<Outcome> outcomes, Predicate<Outcome> which) {
        return outcomes.stream().filter(which).count();
    }

    private void cluster(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(options.get("cluster")));
        command.addAll(Arrays.asList(args));
        Process p = new ProcessBuilder(command).inheritIO().start();
        if (p.waitFor() != 0) {
            throw new IllegalStateException("cluster " + String.join(" ", args) + " failed (exit " + p.exitValue() + ")");
        }
    }

    /** The demo account's password, from the file deploy/local/cluster wrote (username, role, password a line). */
    private static String password(Path accounts, String user) throws IOException {
        return Files.readAllLines(accounts).stream().map(line -> line.trim().split("\\s+"))
                .filter(f -> f.length >= 3 && f[0].equals(user)).map(f -> f[2]).findFirst()
                .orElseThrow(() -> new IllegalStateException("no password for " + user + " in " + accounts));
    }

    private static double seconds(long nanos) {
        return nanos / 1e9;
    }

    private static void sleep(long seconds) throws InterruptedException {
        Thread.sleep(TimeUnit.SECONDS.toMillis(seconds));
    }

    private static void say(String format, Object... args) {
        System.out.printf("%s drill: %s%n", LocalTime.now(ZoneOffset.UTC).withNano(0),
                String.format(format, args));
    }
}
