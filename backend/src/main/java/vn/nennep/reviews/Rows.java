package vn.nennep.reviews;

import jakarta.persistence.Tuple;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.UUID;

/** Reading the reports' rows by column name, and the one rounding of a participation rate. */
final class Rows {

    private Rows() {
    }

    /** A count of the row; 0 when null. */
    static long count(Tuple row, String column) {
        Number value = row.get(column, Number.class);
        return value == null ? 0 : value.longValue();
    }

    static UUID id(Tuple row, String column) {
        return row.get(column, UUID.class);
    }

    static String text(Tuple row, String column) {
        return row.get(column, String.class);
    }

    static LocalDate date(Tuple row, String column) {
        Object value = row.get(column);
        if (value instanceof java.sql.Date sql) {
            return sql.toLocalDate();
        }
        return (LocalDate) value;
    }

    /**
     * 100 × counted ÷ expected, rounded half-up to one decimal, without a trailing zero (100, 99.8); null when nothing
     * was expected. The study sessions' own definition, for a report's rows and their totals alike.
     */
    static BigDecimal rate(long counted, long expected) {
        if (expected == 0) {
            return null;
        }
        return plain(BigDecimal.valueOf(counted).multiply(BigDecimal.valueOf(100))
                .divide(BigDecimal.valueOf(expected), 1, RoundingMode.HALF_UP));
    }

    /** Without trailing zeros, never in exponent form; null stays null. */
    static BigDecimal plain(BigDecimal value) {
        if (value == null) {
            return null;
        }
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
