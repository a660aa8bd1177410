package vn.nennep.resolutions;

import java.math.BigDecimal;

/** How the actual value must compare with the required one (the API's {@code comparator}). */
public enum Comparison {
    /** At least: "từ 85% trở lên". */
    GTE,
    /** At most. */
    LTE;

    public boolean passes(BigDecimal actual, BigDecimal required) {
        int cmp = actual.compareTo(required);
        return this == GTE ? cmp >= 0 : cmp <= 0;
    }
}
