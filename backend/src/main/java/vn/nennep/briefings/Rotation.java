package vn.nennep.briefings;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Who hosts a zone's twelve briefings of a year: the months already held keep their host; each other month goes to
 * the commune that hosts least so far, preferring one that does not host the month before or after, then the one
 * that hosted longest ago (earlier years included), then the zone's order. With 4 to 6 communes everyone hosts 2 or
 * 3 times (seed 002); otherwise, or when the briefings held say so, a commune is flagged. Pure.
 */
public final class Rotation {

    /** Fewer than this many times a year is too rarely, more than {@link #MOST} too often. */
    public static final int LEAST = 2;
    public static final int MOST = 3;

    /** A month of the plan (1–12): its host, and whether it is a proposal (no briefing held yet). */
    public record Slot(int month, UUID hostId, boolean proposed) {
    }

    /** What is wrong with one commune's count. */
    public enum Warning {
        NEVER, TOO_RARELY, TOO_OFTEN
    }

    private Rotation() {
    }

    /**
     * The year's plan. {@code communes} in the zone's order; {@code held} the host of each month that has a briefing
     * (a host may have left the zone since); {@code lastHostedBefore} the last month each commune hosted before the
     * year, as {@code year * 12 + month - 1}.
     */
    public static List<Slot> plan(int year, List<UUID> communes, Map<Integer, UUID> held,
            Map<UUID, Integer> lastHostedBefore) {
        Map<UUID, Integer> count = new HashMap<>();
        Map<UUID, Integer> last = new HashMap<>(lastHostedBefore);
        communes.forEach(c -> count.put(c, 0));
        held.values().forEach(h -> count.computeIfPresent(h, (k, n) -> n + 1));
        List<Slot> slots = new ArrayList<>();
        for (int month = 1; month <= 12; month++) {
            UUID host = held.get(month);
            boolean proposed = host == null;
            if (proposed && !communes.isEmpty()) {
                int m = month;
                host = communes.stream().min(Comparator
                        .comparingInt((UUID c) -> count.get(c))
                        .thenComparing(c -> neighbour(c, m, held, slots))
                        .thenComparingInt(c -> last.getOrDefault(c, Integer.MIN_VALUE))
                        .thenComparingInt(communes::indexOf)).orElseThrow();
                count.merge(host, 1, Integer::sum);
            }
            if (host != null) {
                last.put(host, year * 12 + month - 1);
            }
            slots.add(new Slot(month, host, proposed && host != null));
        }
        return slots;
    }

    /** How many times each commune hosts in the plan. */
    public static Map<UUID, Integer> counts(List<UUID> communes, List<Slot> plan) {
        Map<UUID, Integer> counts = new HashMap<>();
        communes.forEach(c -> counts.put(c, 0));
        plan.stream().filter(s -> s.hostId() != null).forEach(s -> counts.computeIfPresent(s.hostId(), (k, n) -> n + 1));
        return counts;
    }

    /** The warning for a commune hosting {@code times} a year, or null when 2 or 3 is right. */
    public static Warning warning(int times) {
        if (times == 0) {
            return Warning.NEVER;
        }
        if (times < LEAST) {
            return Warning.TOO_RARELY;
        }
        return times > MOST ? Warning.TOO_OFTEN : null;
    }

    /** Whether the commune hosts the month before (as planned) or after (as held): better avoided. */
    private static boolean neighbour(UUID commune, int month, Map<Integer, UUID> held, List<Slot> before) {
        boolean previous = !before.isEmpty() && commune.equals(before.get(before.size() - 1).hostId());
        return previous || commune.equals(held.get(month + 1));
    }
}
