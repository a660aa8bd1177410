package vn.nennep.meetings;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ScoreBandsTest {

    @ParameterizedTest(name = "{0} points, key criteria full {1} -> {2}")
    @CsvSource({
        "0, true, POOR", "49, true, POOR", "50, true, AVERAGE", "69, true, AVERAGE", "70, true, FAIR",
        "89, true, FAIR", "90, true, GOOD", "100, true, GOOD",
        "90, false, FAIR", "100, false, FAIR", "89, false, FAIR", "49, false, POOR", "50, false, AVERAGE"})
    void bandsFollowTheGuidance(int total, boolean keyCriteriaFull, ScoreBand expected) {
        assertEquals(expected, ScoreBands.band(total, keyCriteriaFull));
    }
}
