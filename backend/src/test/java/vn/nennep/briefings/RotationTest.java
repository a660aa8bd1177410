package vn.nennep.briefings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The rotation helper as a pure function: who hosts each month, and who hosts too often, too rarely or never. */
class RotationTest {

    private static List<UUID> communes(int n) {
        return IntStream.range(0, n).mapToObj(i -> new UUID(0, i + 1)).toList();
    }

    private static List<Integer> hosts(List<UUID> communes, List<Rotation.Slot> plan) {
        return plan.stream().map(s -> communes.indexOf(s.hostId())).toList();
    }

    @Test
    void fourCommunesTakeTurnsThreeTimesEach() {
        List<UUID> four = communes(4);
        List<Rotation.Slot> plan = Rotation.plan(2024, four, Map.of(), Map.of());
        assertEquals(List.of(0, 1, 2, 3, 0, 1, 2, 3, 0, 1, 2, 3), hosts(four, plan));
        assertEquals(List.of(3, 3, 3, 3), four.stream().map(Rotation.counts(four, plan)::get).toList());
        assertEquals(12, plan.stream().filter(Rotation.Slot::proposed).count());
    }

    @Test
    void fourToSixCommunesHostTwoOrThreeTimesAndOthersAreFlagged() {
        for (int n = 1; n <= 13; n++) {
            List<UUID> zone = communes(n);
            Map<UUID, Integer> counts = Rotation.counts(zone, Rotation.plan(2024, zone, Map.of(), Map.of()));
            List<Rotation.Warning> warnings = new ArrayList<>();
            zone.forEach(c -> warnings.add(Rotation.warning(counts.get(c))));
            int max = counts.values().stream().max(Integer::compare).orElseThrow();
            int min = counts.values().stream().min(Integer::compare).orElseThrow();
            assertEquals(12, counts.values().stream().mapToInt(Integer::intValue).sum(), n + " communes");
            assertEquals(true, max - min <= 1, n + " communes: a fair share, " + counts.values());
            boolean fine = n >= 4 && n <= 6;
            assertEquals(fine, warnings.stream().allMatch(w -> w == null), n + " communes: " + warnings);
        }
        assertEquals(Rotation.Warning.TOO_OFTEN, Rotation.warning(4));
        assertEquals(Rotation.Warning.TOO_RARELY, Rotation.warning(1));
        assertEquals(Rotation.Warning.NEVER, Rotation.warning(0));
        assertNull(Rotation.warning(2));
        assertNull(Rotation.warning(3));
    }

    @Test
    void briefingsHeldKeepTheirHostAndCountForIt() {
        List<UUID> four = communes(4);
        UUID d = four.get(3);
        // D hosted January, February and March: it has had its three, the others share the rest.
        List<Rotation.Slot> plan = Rotation.plan(2024, four, Map.of(1, d, 2, d, 3, d), Map.of());
        assertEquals(List.of(3, 3, 3, 0, 1, 2, 0, 1, 2, 0, 1, 2), hosts(four, plan));
        assertEquals(false, plan.get(0).proposed());
        assertEquals(true, plan.get(3).proposed());
        // A commune of the zone that hosted five times is flagged; a host that left the zone is not counted.
        UUID gone = new UUID(9, 9);
        Map<UUID, Integer> counts = Rotation.counts(four, Rotation.plan(2024, four,
                Map.of(1, d, 2, d, 3, d, 4, d, 5, d, 6, gone), Map.of()));
        assertEquals(Rotation.Warning.TOO_OFTEN, Rotation.warning(counts.get(d)));
        assertEquals(List.of(2, 2, 2, 5), four.stream().map(counts::get).toList());
    }

    @Test
    void theRotationGoesOnFromLastYearAndAvoidsBackToBack() {
        List<UUID> four = communes(4);
        // Last year ended with A hosting December, B November: C and D go first this year.
        Map<UUID, Integer> last = Map.of(four.get(0), 2023 * 12 + 11, four.get(1), 2023 * 12 + 10,
                four.get(2), 2023 * 12 + 5);
        List<Rotation.Slot> plan = Rotation.plan(2024, four, Map.of(), last);
        assertEquals(List.of(3, 2, 1, 0), hosts(four, plan).subList(0, 4));
        // B holds February: January does not go to B, though B is first in line.
        List<Rotation.Slot> held = Rotation.plan(2024, four, Map.of(2, four.get(1)), Map.of());
        assertEquals(0, hosts(four, held).get(0));
        assertEquals(1, hosts(four, held).get(1));
        for (int i = 1; i < 12; i++) {
            assertEquals(false, held.get(i).hostId().equals(held.get(i - 1).hostId()), "back to back in month " + i);
        }
    }

    @Test
    void aZoneWithoutCommunesHasNoHosts() {
        List<Rotation.Slot> plan = Rotation.plan(2024, List.of(), Map.of(), Map.of());
        assertEquals(12, plan.size());
        assertEquals(true, plan.stream().allMatch(s -> s.hostId() == null && !s.proposed()));
    }
}
