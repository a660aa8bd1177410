package vn.nennep.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The benchmark's own database (default {@code nennep_bench} on 127.0.0.1:5432; {@code NENNEP_BENCH_URL},
 * {@code NENNEP_BENCH_USER} and {@code NENNEP_BENCH_PASSWORD} name another). Its comment records which generator
 * version filled it, so a run reuses a complete province and rebuilds anything else.
 */
final class Database {

    record Target(String url, String user, String password) {

        String name() {
            String path = url.substring(url.indexOf("//") + 2);
            path = path.substring(path.indexOf('/') + 1);
            int query = path.indexOf('?');
            return query < 0 ? path : path.substring(0, query);
        }

        /** The same server's maintenance database, where this one is created and dropped. */
        String maintenanceUrl() {
            return url.replaceFirst("/" + java.util.regex.Pattern.quote(name()) + "(\\?|$)", "/postgres$1");
        }
    }

    /**
     * What the database's comment records: the generator's version and the migrations the province was made under, so
     * that a schema that has grown since (a new migration, which Flyway would refuse to apply out of order) makes a
     * new province rather than a failed start.
     */
    static final String MARK = "nennep-bench province, generator v" + Province.VERSION + ", schema " + migrations();

    private static String migrations() {
        Path folder = Path.of("backend/src/main/resources/db/migration");
        try (Stream<Path> files = Files.list(folder)) {
            List<String> names = files.map(f -> f.getFileName().toString()).sorted().toList();
            return names.size() + " migrations, " + Integer.toHexString(String.join(",", names).hashCode());
        } catch (IOException e) {
            return "unknown";
        }
    }

    private final Target target;

    Database(Target target) {
        this.target = target;
    }

    static Target fromEnvironment() {
        String url = env("NENNEP_BENCH_URL", "jdbc:postgresql://127.0.0.1:5432/nennep_bench");
        return new Target(url, env("NENNEP_BENCH_USER", "postgres"), env("NENNEP_BENCH_PASSWORD", ""));
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    Connection connect() throws SQLException {
        return DriverManager.getConnection(target.url(), target.user(), target.password());
    }

    /** True when the database holds a complete province of this generator version; otherwise it is made empty. */
    boolean prepare(boolean regenerate) throws SQLException {
        String name = target.name();
        try (Connection c = DriverManager.getConnection(target.maintenanceUrl(), target.user(), target.password());
                Statement s = c.createStatement()) {
            String mark = null;
            boolean exists = false;
            try (ResultSet rs = s.executeQuery("select shobj_description(oid, 'pg_database') from pg_database"
                    + " where datname = '" + name.replace("'", "''") + "'")) {
                if (rs.next()) {
                    exists = true;
                    mark = rs.getString(1);
                }
            }
            if (exists && !regenerate && MARK.equals(mark)) {
                return true;
            }
            String quoted = "\"" + name.replace("\"", "\"\"") + "\"";
            if (exists) {
                s.execute("drop database " + quoted + " with (force)");
            }
            s.execute("create database " + quoted + " encoding 'UTF8' template template0");
            return false;
        }
    }

    void mark() throws SQLException {
        try (Connection c = connect(); Statement s = c.createStatement()) {
            s.execute("comment on database \"" + target.name().replace("\"", "\"\"") + "\" is '" + MARK + "'");
        }
    }

    /** What autovacuum would have done by now on a database loaded over three years: statistics and visibility. */
    void vacuumAnalyze() throws SQLException {
        try (Connection c = connect(); Statement s = c.createStatement()) {
            s.execute("vacuum (analyze)");
        }
    }

    /**
     * The import benchmark's reset between two timed runs: the meeting records, their audit rows and their feed
     * entries gone (nothing else refers to them), vacuumed, and a checkpoint, so that each run starts as the first did.
     */
    void forgetMeetings() throws SQLException {
        try (Connection c = connect(); Statement s = c.createStatement()) {
            s.execute("truncate meetings, meetings_aud");
            s.execute("delete from change_outbox where resource = 'meetings'");
            s.execute("vacuum (analyze)");
            s.execute("checkpoint");
        }
    }

    void analyze() throws SQLException {
        try (Connection c = connect(); Statement s = c.createStatement()) {
            s.execute("analyze");
        }
    }

    /** Row counts of the generated tables, in the order printed. */
    Map<String, Long> counts() throws SQLException {
        Map<String, Long> counts = new LinkedHashMap<>();
        try (Connection c = connect(); Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("select type, count(*) from organizations group by type"
                    + " order by case type when 'PROVINCE' then 1 when 'DISTRICT' then 2 when 'GRASSROOTS' then 3"
                    + " else 4 end")) {
                while (rs.next()) {
                    counts.put(rs.getString(1).toLowerCase(java.util.Locale.ROOT), rs.getLong(2));
                }
            }
            for (String query : new String[] {
                "select 'members', count(*) from members",
                "select 'meetings', count(*) from meetings",
                "select 'meetings held', count(*) from meetings where held",
                "select 'thematic meetings', count(*) from meetings where kind = 'THEMATIC'",
                "select 'resolutions', count(*) from resolutions",
                "select 'targets', count(*) from targets"}) {
                try (ResultSet rs = s.executeQuery(query)) {
                    rs.next();
                    counts.put(rs.getString(1), rs.getLong(2));
                }
            }
        }
        return counts;
    }

    /** pg_database_size and the meetings table with its indexes and TOAST, both pretty-printed. */
    String[] sizes() throws SQLException {
        try (Connection c = connect(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("select pg_size_pretty(pg_database_size(current_database())),"
                        + " pg_size_pretty(pg_total_relation_size('meetings')),"
                        + " pg_size_pretty(pg_indexes_size('meetings'))")) {
            rs.next();
            return new String[] {rs.getString(1), rs.getString(2), rs.getString(3)};
        }
    }

    /** The server processes of this database's sessions (the application's pool), for their CPU time. */
    List<Long> sessionPids() {
        List<Long> pids = new ArrayList<>();
        try (Connection c = connect(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("select pid from pg_stat_activity where datname = current_database()"
                        + " and pid <> pg_backend_pid()")) {
            while (rs.next()) {
                pids.add(rs.getLong(1));
            }
        } catch (SQLException e) {
            // no figures then
        }
        return pids;
    }

    String serverVersion() throws SQLException {
        try (Connection c = connect(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("show server_version")) {
            rs.next();
            return rs.getString(1);
        }
    }
}
