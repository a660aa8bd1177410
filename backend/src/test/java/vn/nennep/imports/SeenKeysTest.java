package vn.nennep.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The import's duplicate check keeps fingerprints, not strings: every id must still count once and only once. */
class SeenKeysTest {

    @Test
    void aMillionIdsOfOneFileAreEachNewOnceAndADuplicateAfterwards() {
        SeenKeys seen = new SeenKeys();
        int fresh = 0;
        for (int i = 0; i < 1_000_000; i++) {
            if (seen.add("BB-CB-" + (i % 6000) + "-" + (i / 6000))) {
                fresh++;
            }
        }
        assertEquals(1_000_000, fresh, "no two of a million ids may share a fingerprint");
        assertFalse(seen.add("BB-CB-0-0"));
        assertFalse(seen.add("BB-CB-3999-166"));
        assertTrue(seen.add("BB-CB-4000-166"));
    }

    @Test
    void idsThatDifferOnlyInADiacriticOrInCaseAreDifferent() {
        SeenKeys seen = new SeenKeys();
        assertTrue(seen.add("Chi bộ Tân Xuân/2024-03"));
        assertTrue(seen.add("Chi bộ Tân Xuân/2024-03".replace("ộ", "ố")));
        assertTrue(seen.add("chi bộ Tân Xuân/2024-03"));
        assertFalse(seen.add("Chi bộ Tân Xuân/2024-03"));
        assertTrue(seen.add("a"));
        assertTrue(seen.add("b"));
        assertFalse(seen.add("a"));
    }
}
