package vn.nennep.recommendations;

import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;
import vn.nennep.common.BadParameter;
import vn.nennep.common.Params;

/**
 * What {@code /recommendations/stats} is asked for, parsed from its query parameters: a 400 names the parameter that
 * cannot be read, or {@code to} when it lies before {@code from}. Null bounds and subtrees mean no restriction.
 */
public record StatsQuery(LocalDate from, LocalDate to, UUID organizationId, UUID zoneId, GroupBy groupBy) {

    /** How recommendations are grouped; written in lower case in the query and the answer. */
    public enum GroupBy {
        FIELD, MONTH, ADDRESSEE;

        public String parameterValue() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** Parses the parameters in the order they have always been checked: from, to, organizationId, zoneId, groupBy. */
    public static StatsQuery parse(String from, String to, String organizationId, String zoneId, String groupBy) {
        LocalDate fromDate = Params.date("from", from);
        LocalDate toDate = Params.date("to", to);
        UUID organization = Params.uuid("organizationId", organizationId);
        UUID zone = Params.uuid("zoneId", zoneId);
        GroupBy grouping = groupBy(groupBy);
        if (fromDate != null && toDate != null && toDate.isBefore(fromDate)) {
            throw new BadParameter("to", "recommendation.stats.toBeforeFrom", toDate, fromDate);
        }
        return new StatsQuery(fromDate, toDate, organization, zone, grouping);
    }

    /** field (the default), month or addressee. */
    private static GroupBy groupBy(String value) {
        if (value == null || value.isBlank()) {
            return GroupBy.FIELD;
        }
        for (GroupBy g : GroupBy.values()) {
            if (g.parameterValue().equals(value.trim())) {
                return g;
            }
        }
        throw new BadParameter("groupBy", "error.param.enum", value, "field, month, addressee");
    }
}
