package vn.nennep.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.StringReader;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.postgresql.PGConnection;

/**
 * The import benchmark (issue 07 item 2), {@code bench/run --imports [ROWS]}: in its own database
 * {@code nennep_bench_import} (made afresh each run), the packaged application started with {@code -Xmx512m}, a small
 * province of 500 branches made through the API, then a CSV of ROWS (default 100,000) meeting records copied from
 * paper books (counts only, no roll) POSTed to {@code /api/v1/imports/meetings} and timed; the same file again (all
 * unchanged). Beside it, the ceilings for the same rows with the same stored columns: plain JDBC batched inserts
 * ({@code reWriteBatchedInserts}) and {@code COPY}, each into a scratch copy of the meetings table with its indexes,
 * and each into one without indexes or keys, as the issue quotes them for its machine.
 */
final class ImportBench {

    static final int ROWS = 100_000;
    private static final int CREATED_RUNS = 3;
    private static final int BRANCHES = 500;
    private static final int COMMUNES = 25;
    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([^\"]+)\"");
    private static final ZoneOffset VN = ZoneOffset.ofHours(7);
    private final List<String> out = new ArrayList<>();

    void run(Path root, int rows) throws Exception {
        Path jar = root.resolve("backend/target/quarkus-app/quarkus-run.jar");
        Path work = root.resolve("bench/target");
        Files.createDirectories(work);
        Database.Target main = Database.fromEnvironment();
        Database.Target target = new Database.Target(main.url().replace("/" + main.name(), "/nennep_bench_import"),
                main.user(), main.password());
        Database db = new Database(target);
        db.prepare(true);
        String loadBefore = load();
        note("database " + target.name() + ": created empty; starting the application with -Xmx512m");
        Path csv = work.resolve("import-meetings.csv");
        try (App app = App.start(jar, target, work, List.of("-Xmx512m"))) {
            app.login();
            long t = System.nanoTime();
            List<String> branches = province(app);
            note("province through the API: %d branches in %.1f s".formatted(branches.size(), seconds(t)));
            writeCsv(csv, rows, branches);
            note("CSV: %,d meeting records (counts only), %,d bytes: %s".formatted(rows, Files.size(csv),
                    root.relativize(csv)));
            Cpu cpu = new Cpu(app.pid(), db);
            // A fresh JVM compiles the import's code while it runs the first files: the JIT took about as much CPU as
            // the import itself on the first, and still 1 s of CPU on the second. The same file twice as a dry run
            // first (checked and written, then rolled back) measures what a server that has imported before does.
            post(app, cpu, csv, "warm-up: the same file as a dry run (nothing kept)", "?dryRun=true");
            post(app, cpu, csv, "warm-up: once more", "?dryRun=true");
            // The dry run's rolled-back rows stay in the tables and their indexes until vacuumed; this machine's
            // server runs without autovacuum, which a server's default settings would have do it by now.
            db.vacuumAnalyze();
            // This kind of machine varies by a third from one run to the next: the median of three runs, each on
            // the empty table the first one found.
            List<Double> runs = new ArrayList<>();
            for (int run = 1; run <= CREATED_RUNS; run++) {
                if (run > 1) {
                    db.forgetMeetings();
                }
                runs.add(post(app, cpu, csv, "import (all created), run %d of %d".formatted(run, CREATED_RUNS), ""));
            }
            double created = median(runs);
            // Comparing with what is stored is code the dry runs never ran: one untimed pass compiles it, as the
            // dry runs did for the rest.
            post(app, cpu, csv, "warm-up: the same file again (all unchanged)", "");
            double again = post(app, cpu, csv, "same file again (all unchanged)", "");
            double jdbc;
            double copy;
            double bareJdbc;
            double bareCopy;
            String url = target.url() + (target.url().contains("?") ? "&" : "?") + "reWriteBatchedInserts=true";
            try (Connection c = java.sql.DriverManager.getConnection(url, target.user(), target.password())) {
                List<Object[]> data = stored(c);
                jdbc = ceilingJdbc(c, data, Scratch.INDEXED);
                copy = ceilingCopy(c, data, Scratch.INDEXED);
                bareJdbc = ceilingJdbc(c, data, Scratch.BARE);
                bareCopy = ceilingCopy(c, data, Scratch.BARE);
            }
            note("");
            note("%-66s %12s".formatted("the same " + rows + " rows", "records/s"));
            note("%-66s %,12.0f".formatted("POST /imports/meetings (CSV, -Xmx512m), created (median of %d)"
                    .formatted(CREATED_RUNS), rows / created));
            note("%-66s %12s".formatted("  the %d runs".formatted(CREATED_RUNS), runs.stream()
                    .map(s -> "%,.0f".formatted(rows / s)).collect(Collectors.joining(" "))));
            note("%-66s %,12.0f".formatted("POST /imports/meetings, the same file again, unchanged", rows / again));
            note("%-66s %,12.0f".formatted("ceiling: JDBC batched inserts into meetings' indexes", rows / jdbc));
            note("%-66s %,12.0f".formatted("ceiling: COPY into meetings' indexes", rows / copy));
            note("%-66s %,12.0f".formatted("JDBC batched inserts, no index (the issue: ~160,000 on its machine)",
                    rows / bareJdbc));
            note("%-66s %,12.0f".formatted("COPY, no index (the issue: ~300,000 on its machine)", rows / bareCopy));
            note("target: >= 20,000 records/s for the import: " + (rows / created >= 20_000 ? "PASS" : "FAIL"));
            // The issue sets 20,000 beside ~300,000 for COPY on its machine. How fast this machine copies the same
            // rows into a table without indexes says how it compares; the target at the same proportion is a
            // reading for the note, not the verdict above.
            double scale = (rows / bareCopy) / 300_000;
            note(("this machine copies at %.2f times the issue's ~300,000 rows/s; the target at that proportion,"
                    + " %,.0f records/s: %s").formatted(scale, 20_000 * scale,
                    rows / created >= 20_000 * scale ? "met" : "missed"));
            note("machine: %d cores; load average before %s, after %s".formatted(
                    Runtime.getRuntime().availableProcessors(), loadBefore, load()));
        }
        Files.write(work.resolve("bench-import-result.txt"), out);
        System.out.println("(also written to bench/target/bench-import-result.txt)");
    }

    /** A province, a district, 25 communes of 20 branches each; branch i has external id CB-i. */
    private List<String> province(App app) throws Exception {
        String province = create(app, "PROVINCE", "BT", "Tỉnh thử nghiệm nhập dữ liệu", null, null);
        String district = create(app, "DISTRICT", "BT-H", "Huyện thử nghiệm", province, null);
        List<String> branches = new ArrayList<>();
        for (int c = 0; c < COMMUNES; c++) {
            String commune = create(app, "GRASSROOTS", "BT-X" + c, "Đảng ủy xã " + c, district, null);
            for (int b = 0; b < BRANCHES / COMMUNES; b++) {
                int n = branches.size();
                create(app, "BRANCH", "BT-CB" + n, "Chi bộ thôn " + n, commune, "CB-" + n);
                branches.add("CB-" + n);
            }
        }
        return branches;
    }

    private String create(App app, String type, String code, String name, String parent, String externalId)
            throws Exception {
        String body = "{\"type\": \"" + type + "\", \"code\": \"" + code + "\", \"name\": \"" + name + "\""
                + (parent == null ? "" : ", \"parentId\": \"" + parent + "\"")
                + (externalId == null ? "" : ", \"externalId\": \"" + externalId + "\"") + "}";
        HttpResponse<String> r = app.http().send(HttpRequest.newBuilder(app.base().resolve("/api/v1/organizations"))
                .header("Authorization", "Bearer " + app.token()).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        Matcher m = ID.matcher(r.body());
        if (r.statusCode() != 201 || !m.find()) {
            throw new IllegalStateException("POST /organizations: " + r.statusCode() + " " + r.body());
        }
        return m.group(1);
    }

    /** Monthly regular meetings, from January 2009 on, spread over the branches; the counts always add up. */
    private static void writeCsv(Path csv, int rows, List<String> branches) throws IOException {
        DateTimeFormatter iso = DateTimeFormatter.ISO_OFFSET_DATE_TIME;
        try (BufferedWriter w = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
            w.write("Mã ngoài,Chi bộ (mã ngoài),Loại,Nội dung,Bắt đầu,Kết thúc,Tổng số đảng viên,Có mặt,"
                    + "Vắng có lý do,Vắng không lý do,Miễn sinh hoạt\n");
            for (int i = 0; i < rows; i++) {
                int branch = i % branches.size();
                int month = i / branches.size();
                OffsetDateTime start = LocalDate.of(2009, 1, 5).plusMonths(month).atTime(19, 30).atOffset(VN);
                int total = 8 + branch % 40;
                int exempt = branch % 3;
                int excused = (i % 4 == 0) ? 1 : 0;
                int unexcused = (i % 13 == 0) ? 1 : 0;
                int present = total - exempt - excused - unexcused;
                w.write("BB-" + branches.get(branch) + "-" + month + "," + branches.get(branch) + ",REGULAR,"
                        + "\"Sinh hoạt chi bộ thường kỳ tháng " + start.getMonthValue() + "/" + start.getYear()
                        + "\"," + iso.format(start) + "," + iso.format(start.plusMinutes(90 + i % 60)) + "," + total
                        + "," + present + "," + excused + "," + unexcused + "," + exempt + "\n");
            }
        }
    }

    private double post(App app, Cpu cpu, Path csv, String what, String query) throws Exception {
        double appCpu = Cpu.ticksOf(app.pid()) / 100.0;
        double dbCpu = cpu.databaseMillis();
        long t = System.nanoTime();
        HttpResponse<String> r = app.http().send(HttpRequest.newBuilder(app.base().resolve(
                "/api/v1/imports/meetings" + query)).header("Authorization", "Bearer " + app.token())
                .header("Content-Type", "text/csv").timeout(Duration.ofMinutes(30))
                .POST(HttpRequest.BodyPublishers.ofFile(csv)).build(), HttpResponse.BodyHandlers.ofString());
        double s = seconds(t);
        if (r.statusCode() != 200) {
            throw new IllegalStateException("POST /imports/meetings: " + r.statusCode() + " " + r.body());
        }
        String summary = r.body().length() > 300 ? r.body().substring(0, 300) + "..." : r.body();
        double dbAfter = cpu.databaseMillis();
        String db = dbCpu < 0 || dbAfter < 0 ? "-" : "%.2f s".formatted((dbAfter - dbCpu) / 1000);
        note("%s: %.2f s, application CPU %.2f s, database sessions' CPU %s; %s".formatted(what, s,
                Cpu.ticksOf(app.pid()) / 100.0 - appCpu, db, summary));
        return s;
    }

    /** The scratch table the ceilings insert the stored rows into again: temporary, so it writes no WAL. */
    private enum Scratch {
        INDEXED("like meetings including all", "a scratch copy of meetings (with its indexes)"),
        BARE("like meetings including defaults", "a scratch table without indexes or keys");

        final String like;
        final String label;

        Scratch(String like, String label) {
            this.like = like;
            this.label = label;
        }

        void create(Connection c) throws Exception {
            try (Statement s = c.createStatement()) {
                s.execute("drop table if exists scratch");
                s.execute("create temporary table scratch (" + like + ")");
            }
        }
    }

    private double ceilingJdbc(Connection c, List<Object[]> data, Scratch scratch) throws Exception {
        scratch.create(c);
        c.setAutoCommit(false);
        long t = System.nanoTime();
        try (PreparedStatement p = c.prepareStatement("insert into scratch (id, external_id, branch_id, kind, topic,"
                + " started_at, ended_at, duration_minutes, held, members_total, present, excused, unexcused, exempt,"
                + " attendance_rate, guests, opinions, opinion_count, procedure_steps, tasks, pilot, combined,"
                + " version, created_at, updated_at, search_text) values (?, ?, ?, ?, ?, ?, ?, ?, true, ?, ?, ?, ?, ?,"
                + " ?, '[]', '[]', 0, cast(? as jsonb), '[]', false, false, 0, ?, ?, ?)")) {
            int n = 0;
            for (Object[] row : data) {
                p.setObject(1, UUID.randomUUID());
                for (int i = 0; i < 13; i++) {
                    p.setObject(2 + i, row[i]);
                }
                p.setString(15, (String) row[13]);
                Timestamp now = new Timestamp(System.currentTimeMillis());
                p.setTimestamp(16, now);
                p.setTimestamp(17, now);
                p.setString(18, (String) row[14]);
                p.addBatch();
                if (++n % 1000 == 0) {
                    p.executeBatch();
                }
            }
            p.executeBatch();
        }
        c.commit();
        double s = seconds(t);
        c.setAutoCommit(true);
        note("ceiling, JDBC batches of 1,000 into %s: %.2f s".formatted(scratch.label, s));
        return s;
    }

    private double ceilingCopy(Connection c, List<Object[]> data, Scratch scratch) throws Exception {
        scratch.create(c);
        StringBuilder text = new StringBuilder();
        String now = OffsetDateTime.now(ZoneOffset.UTC).toString();
        for (Object[] row : data) {
            text.append(UUID.randomUUID());
            for (int i = 0; i < 14; i++) {
                text.append('\t').append(row[i] == null ? "\\N" : escape(row[i].toString()));
            }
            text.append('\t').append(now).append('\t').append(now).append('\t').append(escape((String) row[14]))
                    .append('\n');
        }
        c.setAutoCommit(false);
        long t = System.nanoTime();
        ((PGConnection) c.unwrap(PGConnection.class)).getCopyAPI().copyIn("copy scratch (id, external_id, branch_id,"
                + " kind, topic, started_at, ended_at, duration_minutes, members_total, present, excused, unexcused,"
                + " exempt, attendance_rate, procedure_steps, created_at, updated_at, search_text) from stdin",
                new StringReader(text.toString()));
        c.commit();
        double s = seconds(t);
        c.setAutoCommit(true);
        note("ceiling, COPY into %s: %.2f s".formatted(scratch.label, s));
        return s;
    }

    /** The stored columns of the rows the import wrote, as the ceilings insert them again. */
    private static List<Object[]> stored(Connection c) throws Exception {
        List<Object[]> data = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("select external_id, branch_id, kind,"
                + " topic, started_at, ended_at, duration_minutes, members_total, present, excused, unexcused, exempt,"
                + " attendance_rate, cast(procedure_steps as text), search_text from meetings")) {
            while (rs.next()) {
                Object[] row = new Object[15];
                for (int i = 0; i < 15; i++) {
                    row[i] = rs.getObject(i + 1);
                }
                data.add(row);
            }
        }
        return data;
    }

    private static String escape(String value) {
        return value.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n");
    }

    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }

    private static String load() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
            return parts[0] + " " + parts[1] + " " + parts[2];
        } catch (IOException e) {
            return "unknown";
        }
    }

    private void note(String line) {
        System.out.println(line);
        out.add(line);
    }

    static {
        Locale.setDefault(Locale.ROOT);
    }
}
