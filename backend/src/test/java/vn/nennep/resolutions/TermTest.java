package vn.nennep.resolutions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Terms run 2020-2025, 2025-2030, …: the term of a date when none is named, and whether a term holds a date. */
class TermTest {

    @Test
    void aDateIsInTheTermOfItsYearACongressYearInTheTermItEnds() {
        assertEquals("2020-2025", Term.of(LocalDate.of(2021, 1, 1)));
        assertEquals("2020-2025", Term.of(LocalDate.of(2025, 12, 31)));
        assertEquals("2025-2030", Term.of(LocalDate.of(2026, 1, 1)));
        assertEquals("2025-2030", Term.of(LocalDate.of(2026, 12, 6)));
        assertEquals("2025-2030", Term.of(LocalDate.of(2030, 6, 1)));
        assertEquals("2030-2035", Term.of(LocalDate.of(2031, 3, 1)));
    }

    @Test
    void aTermHoldsTheDatesOfItsYearsBothEndsIncluded() {
        assertTrue(Term.contains("2020-2025", LocalDate.of(2025, 12, 31)));
        assertTrue(Term.contains("2025-2030", LocalDate.of(2025, 7, 1)));
        assertTrue(Term.contains(" 2025-2030 ", LocalDate.of(2026, 12, 6)));
        assertFalse(Term.contains("2020-2025", LocalDate.of(2026, 12, 6)));
        assertFalse(Term.contains("2020-2026", LocalDate.of(2021, 1, 1)));
        assertFalse(Term.contains(null, LocalDate.of(2021, 1, 1)));
    }
}
