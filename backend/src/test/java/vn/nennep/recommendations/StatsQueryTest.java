package vn.nennep.recommendations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.nennep.common.BadParameter;
import vn.nennep.recommendations.StatsQuery.GroupBy;

/** The statistics' query as the resource reads it: optional bounds and subtrees, a grouping (field by default). */
class StatsQueryTest {

    private static final String ORG = "0b0e3d1c-5f3a-4c55-9d0e-3a4b5c6d7e8f";

    @Test
    void nothingAskedIsEverythingByField() {
        StatsQuery query = StatsQuery.parse(null, "", null, " ", null);
        assertNull(query.from());
        assertNull(query.to());
        assertNull(query.organizationId());
        assertNull(query.zoneId());
        assertEquals(GroupBy.FIELD, query.groupBy());
    }

    @Test
    void readsEachParameter() {
        StatsQuery query = StatsQuery.parse("2026-01-01", "2026-01-01", ORG, ORG, " addressee ");
        assertEquals(new StatsQuery(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 1), UUID.fromString(ORG),
                UUID.fromString(ORG), GroupBy.ADDRESSEE), query);
        assertEquals("month", StatsQuery.parse(null, null, null, null, "month").groupBy().parameterValue());
    }

    @Test
    void aParameterThatCannotBeReadIsA400NamingIt() {
        assertEquals("from", rejected("2026-13-01", null, null, null, null).field());
        assertEquals("to", rejected(null, "yesterday", null, null, null).field());
        assertEquals("organizationId", rejected(null, null, "x", null, null).field());
        assertEquals("zoneId", rejected(null, null, null, "x", null).field());
        assertEquals("error.param.enum", rejected(null, null, null, null, "FIELD").key());
        assertEquals("recommendation.stats.toBeforeFrom", rejected("2026-02-01", "2026-01-31", null, null, null).key());
    }

    @Test
    void aBadParameterIsNamedBeforeTheBoundsAreCompared() {
        assertEquals("groupBy", rejected("2026-02-01", "2026-01-31", null, null, "week").field());
    }

    private static BadParameter.FieldViolation rejected(String from, String to, String org, String zone, String by) {
        BadParameter e = assertThrows(BadParameter.class, () -> StatsQuery.parse(from, to, org, zone, by));
        assertEquals(1, e.violations().size());
        return e.violations().get(0);
    }
}
