package vn.nennep.studies;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.nennep.studies.StudySession.BridgePoint;

/** The walk-in tolerance and the figures of a session, as pure functions. */
class SessionRulesTest {

    @Test
    void aPlaceAdmitsTenPercentMoreRoundedUpAndAtLeastOne() {
        assertEquals(1, SessionRules.admissible(0));
        assertEquals(2, SessionRules.admissible(1));
        assertEquals(6, SessionRules.admissible(5));
        assertEquals(11, SessionRules.admissible(10));
        assertEquals(13, SessionRules.admissible(11));
        assertEquals(44, SessionRules.admissible(40));
        assertEquals(385, SessionRules.admissible(350));
    }

    @Test
    void seed004Gives1700Of1703And99Point8() {
        List<BridgePoint> points = new ArrayList<>();
        for (int i = 0; i < 36; i++) {
            points.add(new BridgePoint("Điểm cầu " + i, null, i < 33 ? 37 : 44, i < 33 ? 37 : 43));
        }
        SessionRules.Figures f = SessionRules.figures(350, 350, points);
        assertEquals(new SessionRules.Figures(36, 1353, 1350, 1703, 1700, 0, new BigDecimal("99.8")), f);
    }

    @Test
    void walkInsCountInTheTotalButNotInTheRate() {
        SessionRules.Figures f = SessionRules.figures(100, 105, List.of(new BridgePoint("A", null, 20, 22),
                new BridgePoint("B", null, 30, 15), new BridgePoint("C", null, null, null)));
        assertEquals(142, f.attendedTotal());
        assertEquals(150, f.expectedTotal());
        assertEquals(7, f.walkIns());
        // (100 + 20 + 15) / 150 = 90 %.
        assertEquals(new BigDecimal("90.0"), f.participationRate());
        // 2 of 3 is 66.67 %: half-up to one decimal.
        assertEquals(new BigDecimal("66.7"), SessionRules.figures(3, 2, List.of()).participationRate());
        assertNull(SessionRules.figures(null, null, List.of()).participationRate());
    }
}
