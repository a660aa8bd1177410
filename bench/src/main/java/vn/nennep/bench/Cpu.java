package vn.nennep.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** CPU time from /proc: of the application and of the database's sessions (when the database is on this machine). */
final class Cpu {

    private static final double TICK_MILLIS = 10.0;
    private final long app;
    private final Database db;

    Cpu(long app, Database db) {
        this.app = app;
        this.db = db;
    }

    /** Ticks (1/100 s) per process id, of the application and the database's sessions now. */
    Map<Long, Long> ticks() {
        Map<Long, Long> ticks = new java.util.HashMap<>();
        List<Long> pids = new ArrayList<>(db.sessionPids());
        pids.add(app);
        for (long pid : pids) {
            long t = ticksOf(pid);
            if (t >= 0) {
                ticks.put(pid, t);
            }
        }
        return ticks;
    }

    /** Milliseconds of CPU (user + system) the database's sessions have used so far; -1 off this machine. */
    double databaseMillis() {
        long sum = 0;
        boolean any = false;
        for (long pid : db.sessionPids()) {
            long t = ticksOf(pid);
            if (t >= 0) {
                sum += t;
                any = true;
            }
        }
        return any ? sum * TICK_MILLIS : -1;
    }

    /** CPU ticks (1/100 s, user + system) of a process so far, from /proc; -1 when there is none. */
    static long ticksOf(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return Long.parseLong(f[11]) + Long.parseLong(f[12]);
        } catch (IOException | RuntimeException gone) {
            return -1; // not on this machine, or ended
        }
    }

    static double millis(Map<Long, Long> before, Map<Long, Long> after) {
        if (after.size() <= 1) {
            return -1;
        }
        long sum = 0;
        for (var e : after.entrySet()) {
            sum += e.getValue() - before.getOrDefault(e.getKey(), 0L);
        }
        return sum * TICK_MILLIS;
    }
}
