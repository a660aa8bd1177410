package vn.nennep.evaluation;

import jakarta.persistence.Tuple;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import vn.nennep.auth.Access;
import vn.nennep.common.Time;

/** What the evaluation's reports share: a local day as an instant, the caller's reach, figures read by column name. */
final class Figures {

    private Figures() {
    }

    /** The first instant of {@code day} in local time (Asia/Ho_Chi_Minh). */
    static OffsetDateTime start(LocalDate day) {
        return day.atStartOfDay(Time.LOCAL).toOffsetDateTime();
    }

    /** The path prefix the caller may read, empty for everything: the queries' {@code :own}. */
    static String own(Access access) {
        String prefix = access.readPrefix();
        return prefix == null ? "" : prefix;
    }

    /** Without trailing zeros, never in exponent form (85.00 → 85, 87.50 → 87.5); null stays null. */
    static BigDecimal plain(BigDecimal value) {
        if (value == null) {
            return null;
        }
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    /** A count or whole number of the row; 0 when null. */
    static long count(Tuple row, String column) {
        Number value = row.get(column, Number.class);
        return value == null ? 0 : value.longValue();
    }

    static BigDecimal decimal(Tuple row, String column) {
        return row.get(column, BigDecimal.class);
    }
}
