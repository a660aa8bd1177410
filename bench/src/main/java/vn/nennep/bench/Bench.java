package vn.nennep.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The speed benchmark (bench/README.md): makes sure {@code nennep_bench} holds the generated province, starts the
 * packaged application against it, and times repeated HTTP calls of the province's quarter scorecard, one resolution's
 * compliance over a year and single meetings' evaluations, printing median and p95 against the targets, the row
 * counts and the database size. Options: {@code --regenerate} (rebuild the province), {@code --calls N} (timed calls
 * of each report, default 31), {@code --evaluations N} (meetings evaluated, default 300).
 */
public final class Bench {

    private static final String QUARTER = "2025-Q4";
    private static final String FROM = "2025-01-01";
    private static final String TO = "2025-12-31";
    /**
     * Meetings evaluated and read before the timing, other than the timed ones: a server runs for days, and until the
     * JIT has compiled the request path (about a thousand calls; measured: the median of 1,500 evaluations fell from
     * 25 ms in the first run to 9 ms in the next on a loaded machine) one would time the compiler, not the application.
     */
    private static final int WARM_UP_MEETINGS = 1000;

    private final List<String> out = new ArrayList<>();

    public static void main(String[] args) throws Exception {
        boolean regenerate = false;
        int calls = 31;
        int evaluations = 300;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--regenerate" -> regenerate = true;
                case "--calls" -> calls = Integer.parseInt(args[++i]);
                case "--evaluations" -> evaluations = Integer.parseInt(args[++i]);
                case "--imports" -> {
                    new ImportBench().run(Path.of("").toAbsolutePath(), args.length > i + 1
                            ? Integer.parseInt(args[i + 1]) : ImportBench.ROWS);
                    return;
                }
                default -> {
                    System.err.println("usage: bench/run [--regenerate] [--calls N] [--evaluations N] | bench/run --imports [ROWS]");
                    System.exit(2);
                }
            }
        }
        new Bench().run(Path.of("").toAbsolutePath(), regenerate, calls, evaluations);
    }

    private void run(Path root, boolean regenerate, int calls, int evaluations) throws Exception {
        Path jar = root.resolve("backend/target/quarkus-app/quarkus-run.jar");
        Path work = root.resolve("bench/target");
        Files.createDirectories(work);
        Database.Target target = Database.fromEnvironment();
        Database db = new Database(target);
        long t0 = System.nanoTime();
        boolean ready = db.prepare(regenerate);
        note(ready ? "database " + target.name() + ": holds the province (" + Database.MARK + "), reused"
                : "database " + target.name() + ": created empty");
        note("starting the application (" + root.relativize(jar) + ", log in bench/target/app.log)");
        try (App app = App.start(jar, target, work)) {
            note("application ready after %.1f s".formatted(seconds(t0)));
            if (!ready) {
                long g = System.nanoTime();
                try (Connection c = db.connect()) {
                    c.setAutoCommit(false);
                    new Province(c).generate(what -> note("  generated %s (%.0f s)".formatted(what, seconds(g))));
                    c.commit();
                }
                double generated = seconds(g);
                long v = System.nanoTime();
                db.vacuumAnalyze();
                db.mark();
                note("generated in %.0f s, VACUUM (ANALYZE) in %.0f s".formatted(generated, seconds(v)));
            } else {
                db.analyze();
            }
            app.login();
            measure(app, db, calls, evaluations);
        }
        Files.write(work.resolve("bench-result.txt"), out);
        System.out.println("(also written to bench/target/bench-result.txt)");
    }

    private void measure(App app, Database db, int calls, int evaluations) throws Exception {
        UUID province;
        UUID resolution;
        List<UUID> meetings = new ArrayList<>();
        try (Connection c = db.connect(); Statement s = c.createStatement()) {
            province = one(s, "select id from organizations where type = 'PROVINCE'");
            resolution = one(s, "select id from resolutions where number = '5-NQ/TU'");
            try (ResultSet rs = s.executeQuery("select id from meetings where held order by md5(id::text) limit "
                    + (evaluations + WARM_UP_MEETINGS))) {
                while (rs.next()) {
                    meetings.add(rs.getObject(1, UUID.class));
                }
            }
        }
        String scorecard = "/api/v1/reports/scorecard?organizationId=" + province + "&quarter=" + QUARTER
                + "&size=200";
        String compliance = "/api/v1/resolutions/" + resolution + "/compliance?from=" + FROM + "&to=" + TO;
        String effect = "/api/v1/resolutions/" + resolution + "/effect?months=12";
        String load = load();
        note("");
        note("warming up (10 calls of each report; " + WARM_UP_MEETINGS + " evaluations and " + WARM_UP_MEETINGS
                + " reads of other meetings)");
        for (int i = 0; i < 10; i++) {
            app.get(scorecard);
            app.get(compliance);
            app.get(effect);
        }
        for (UUID id : meetings.subList(evaluations, meetings.size())) {
            app.get("/api/v1/meetings/" + id + "/evaluation");
            app.get("/api/v1/meetings/" + id);
        }
        String[] last = new String[3];
        Cpu cpu = new Cpu(app.pid(), db);
        Timed sc = time(calls, cpu, () -> last[0] = app.get(scorecard));
        Timed co = time(calls, cpu, () -> last[1] = app.get(compliance));
        Timed ef = time(calls, cpu, () -> app.get(effect));
        int[] next = {0};
        Timed ev = time(evaluations, cpu, () -> last[2] = app.get("/api/v1/meetings/" + meetings.get(next[0]++)
                + "/evaluation"));
        int[] again = {0};
        Timed one = time(evaluations, cpu, () -> app.get("/api/v1/meetings/" + meetings.get(again[0]++)));
        String loadAfter = load();

        Map<String, Long> counts = db.counts();
        String[] sizes = db.sizes();
        note("");
        note("Nền nếp speed benchmark, " + DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
                .format(ZonedDateTime.now(ZoneOffset.UTC)));
        note("machine: %d cores, PostgreSQL %s, Java %s; load average before %s, after %s".formatted(
                Runtime.getRuntime().availableProcessors(), db.serverVersion(), System.getProperty("java.version"),
                load, loadAfter));
        StringBuilder rows = new StringBuilder("data:");
        counts.forEach((k, v) -> rows.append(' ').append(k).append(' ').append(v).append(','));
        note(rows.substring(0, rows.length() - 1));
        note("database size (pg_database_size): %s; meetings table with indexes and TOAST %s (indexes %s)"
                .formatted(sizes[0], sizes[1], sizes[2]));
        note("");
        note("%-62s %5s %9s %9s %9s  %-11s %s".formatted("operation (HTTP, as the administrator)", "calls",
                "median", "p95", "target", "verdict", "CPU/call"));
        line("scorecard of the province, " + QUARTER + " (6,000 branches, page of 200)", sc, 500);
        line("compliance of 5-NQ/TU over " + FROM.substring(0, 4) + ", whole province", co, 500);
        line("evaluation of one meeting (" + evaluations + " different meetings)", ev, 20);
        line("effect of 5-NQ/TU, 12 months either side", ef, 0);
        line("for comparison: GET one meeting record (same meetings)", one, 0);
        note("CPU/call: CPU time of the application and its database sessions per call (from /proc), what a call"
                + " costs however busy the machine is; \"-\" when the database is not on this machine.");
        note("");
        note("what the last calls returned:");
        note("  scorecard: totalItems " + field(last[0], "totalItems") + ", first branch "
                + field(last[0], "branchName") + " (meetings " + field(last[0], "meetingsHeld") + ", targets passed "
                + field(last[0], "targetsPassed") + ", failed " + field(last[0], "targetsFailed") + ")");
        Matcher m = Pattern.compile("\"metric\":\"(\\w+)\",\"meetingsEvaluated\":(\\d+),\"meetingsPassed\":(\\d+),"
                + "\"branchesEvaluated\":(\\d+),\"branchesPassing\":(\\d+),\"passRate\":([\\d.]+)").matcher(last[1]);
        while (m.find()) {
            note("  compliance %-20s evaluated %7s, passed %7s (%s%%), branches passing %s of %s".formatted(
                    m.group(1), m.group(2), m.group(3), m.group(6), m.group(5), m.group(4)));
        }
        note("  last evaluation: " + count(last[2], "\"targetId\"") + " targets, "
                + count(last[2], "\"passed\":false") + " failed");
    }

    private void line(String what, Timed timed, int target) {
        double[] millis = timed.millis();
        double[] sorted = millis.clone();
        Arrays.sort(sorted);
        double median = sorted.length % 2 == 1 ? sorted[sorted.length / 2]
                : (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2;
        double p95 = sorted[(int) Math.ceil(0.95 * sorted.length) - 1];
        String verdict = target == 0 ? "(no target)" : median < target && p95 < target ? "PASS" : "FAIL";
        note("%-62s %5d %6.1f ms %6.1f ms %9s  %-11s %s".formatted(what, millis.length, median, p95,
                target == 0 ? "-" : "< " + target + " ms", verdict,
                timed.cpuMillis() < 0 ? "-" : "%.1f ms".formatted(timed.cpuMillis() / millis.length)));
    }

    private record Timed(double[] millis, double cpuMillis) {
    }

    /**
     * CPU time (user + system) of the application's process and of the database's server processes for the benchmark
     * database, read from /proc; negative when they cannot be read (a database on another machine).
     */
    private interface Call {
        void run() throws Exception;
    }

    private static Timed time(int n, Cpu cpu, Call call) throws Exception {
        double[] millis = new double[n];
        Map<Long, Long> before = cpu.ticks();
        for (int i = 0; i < n; i++) {
            long start = System.nanoTime();
            call.run();
            millis[i] = (System.nanoTime() - start) / 1e6;
        }
        return new Timed(millis, Cpu.millis(before, cpu.ticks()));
    }

    private static UUID one(Statement s, String query) throws Exception {
        try (ResultSet rs = s.executeQuery(query)) {
            rs.next();
            return rs.getObject(1, UUID.class);
        }
    }

    private static String field(String json, String name) {
        Matcher m = Pattern.compile("\"" + name + "\":\"?([^,\"}]*)").matcher(json);
        return m.find() ? m.group(1) : "?";
    }

    private static int count(String json, String needle) {
        int n = 0;
        for (int i = json.indexOf(needle); i >= 0; i = json.indexOf(needle, i + 1)) {
            n++;
        }
        return n;
    }

    private static String load() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
            return parts[0] + " " + parts[1] + " " + parts[2];
        } catch (IOException e) {
            return "unknown";
        }
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }

    private void note(String line) {
        System.out.println(line);
        out.add(line);
    }

    static {
        Locale.setDefault(Locale.ROOT);
    }
}
