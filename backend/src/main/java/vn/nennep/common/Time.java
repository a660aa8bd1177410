package vn.nennep.common;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/** Time as the system keeps it: instants in UTC to the microsecond; calendars in Asia/Ho_Chi_Minh. */
public final class Time {

    /** Months, quarters and "today" are reckoned here. */
    public static final ZoneId LOCAL = ZoneId.of("Asia/Ho_Chi_Minh");

    private Time() {
    }

    /** Now, to the microsecond like PostgreSQL, so that a value read back equals the value written. */
    public static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
    }
}
