package vn.nennep.briefings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.nennep.common.BadParameter;
import vn.nennep.common.ListParams;

/** The briefing list's filters, parsed in the resource: typed values, and a 400 naming the first unreadable one. */
class BriefingFilterTest {

    private static final String ID = "6b0e7b5e-4f0e-4d8a-9b43-0d3f0f7d2a10";
    private static final String OTHER = "0d3f0f7d-4f0e-4d8a-9b43-6b0e7b5e2a10";

    @Test
    void readsEveryFilter() {
        BriefingFilter filter = new BriefingFilter();
        filter.zoneId = ID;
        filter.districtId = OTHER;
        filter.hostOrganizationId = ID;
        filter.year = "2024";
        filter.from = "2024-03-01";
        filter.to = "2024-03-31";
        filter.externalId = "GB-1";
        ListParams paging = new ListParams();
        paging.updatedSince = "2024-01-31T08:00:00+07:00";
        assertEquals(new BriefingFilter.Query(2024, UUID.fromString(ID), UUID.fromString(OTHER), UUID.fromString(ID),
                LocalDate.of(2024, 3, 1), LocalDate.of(2024, 3, 31), "GB-1",
                OffsetDateTime.parse("2024-01-31T08:00:00+07:00")), filter.parse(paging));
        assertEquals(new BriefingFilter.Query(null, null, null, null, null, null, null, null),
                new BriefingFilter().parse(new ListParams()));
    }

    @Test
    void namesTheFirstUnreadableFilterInTheOrderTheListAlwaysChecked() {
        BriefingFilter filter = new BriefingFilter();
        filter.year = "1929";
        filter.zoneId = "42";
        filter.districtId = "42";
        filter.hostOrganizationId = "42";
        filter.from = "March";
        filter.to = "April";
        ListParams paging = new ListParams();
        paging.updatedSince = "yesterday";
        assertEquals("year", rejected(filter, paging));
        filter.year = " ";
        assertEquals("zoneId", rejected(filter, paging));
        filter.zoneId = null;
        assertEquals("districtId", rejected(filter, paging));
        filter.districtId = null;
        assertEquals("hostOrganizationId", rejected(filter, paging));
        filter.hostOrganizationId = null;
        assertEquals("from", rejected(filter, paging));
        filter.from = null;
        assertEquals("to", rejected(filter, paging));
        filter.to = null;
        assertEquals("updatedSince", rejected(filter, paging));
    }

    private static String rejected(BriefingFilter filter, ListParams paging) {
        return assertThrows(BadParameter.class, () -> filter.parse(paging)).violations().get(0).field();
    }
}
