package vn.nennep.recommendations;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * {@code /recommendations/stats}: the recommendations raised at briefings held from {@code from} to {@code to}
 * (inclusive; null: no bound) within the subtree, in all and by group. Months are the briefings' months.
 */
public record StatsResponse(LocalDate from, LocalDate to, UUID organizationId, UUID zoneId, String groupBy,
        long count, long answered, long overdue, BigDecimal medianDaysToAnswer, BigDecimal reanswerRate,
        MonthCount busiestMonth, MonthCount quietestMonth, List<Group> groups) {

    /** A month and how many recommendations were raised in it. */
    public record MonthCount(String month, long count) {
    }

    /** One group: a field, a month (YYYY-MM) or an addressee (its id; its name as label). */
    public record Group(String key, String label, long count, long answered, long overdue,
            BigDecimal medianDaysToAnswer, BigDecimal reanswerRate) {
    }
}
