package vn.nennep.resolutions;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A committee's five-year term, written {@code 2020-2025}. Pure. */
final class Term {

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

    static boolean valid(String term) {
        return firstYear(term) > 0;
    }
}
