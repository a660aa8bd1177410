package vn.nennep.resolutions;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A committee's five-year term, written {@code 2020-2025}. Pure. Terms run 2020-2025, 2025-2030, …; a day of a congress
 * year (2025) lies in both the term it ends and the one it starts.
 */
public final class Term {

    private static final Pattern SHAPE = Pattern.compile("([0-9]{4})-([0-9]{4})");
    static final int LENGTH = 5;

    private Term() {
    }

    /** The first year of a well-formed term (second year = first + 5, from 1930 on), or -1. */
    static int firstYear(String term) {
        if (term == null) {
            return -1;
        }
        Matcher m = SHAPE.matcher(term.trim());
        if (!m.matches()) {
            return -1;
        }
        int first = Integer.parseInt(m.group(1));
        int last = Integer.parseInt(m.group(2));
        return first >= 1930 && last == first + LENGTH ? first : -1;
    }

    public static boolean valid(String term) {
        return firstYear(term) > 0;
    }

    /** Whether {@code day} lies in the well-formed {@code term} (its years, both ends included). */
    public static boolean contains(String term, LocalDate day) {
        int first = firstYear(term);
        return first > 0 && day.getYear() >= first && day.getYear() <= first + LENGTH;
    }

    /**
     * The term a document dated {@code day} belongs to when none is named: 2021 to 2025 are in 2020-2025, 2026 to 2030
     * in 2025-2030. A congress year (2025) goes to the term it ends, as the web app proposes it (most of the year comes
     * before the congress); a document of the new committee that year names its term.
     */
    public static String of(LocalDate day) {
        int first = day.getYear() - 1 - Math.floorMod(day.getYear() - 1, LENGTH);
        return first + "-" + (first + LENGTH);
    }
}
