package vn.nennep.zones;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.OffsetDateTime;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.nennep.common.BadParameter;
import vn.nennep.common.ListParams;

/** The zone list's filters, parsed in the resource: typed values, and a 400 naming the first unreadable one. */
class ZoneFilterTest {

    private static final String ID = "6b0e7b5e-4f0e-4d8a-9b43-0d3f0f7d2a10";

    @Test
    void readsEveryFilter() {
        ZoneFilter filter = new ZoneFilter();
        filter.q = "Khu 1";
        filter.districtId = ID;
        filter.externalId = "Z-1";
        ListParams paging = new ListParams();
        paging.updatedSince = "2024-01-31T08:00:00+07:00";
        assertEquals(new ZoneFilter.Query("Khu 1", UUID.fromString(ID), "Z-1",
                OffsetDateTime.parse("2024-01-31T08:00:00+07:00")), filter.parse(paging));
        assertEquals(new ZoneFilter.Query(null, null, null, null), new ZoneFilter().parse(new ListParams()));
    }

    @Test
    void namesTheFirstUnreadableFilterInTheOrderTheListAlwaysChecked() {
        ZoneFilter filter = new ZoneFilter();
        filter.districtId = "42";
        ListParams paging = new ListParams();
        paging.updatedSince = "yesterday";
        assertEquals("districtId", rejected(filter, paging));
        filter.districtId = null;
        assertEquals("updatedSince", rejected(filter, paging));
        paging.updatedSince = " ";
        assertNull(filter.parse(paging).updatedSince());
    }

    private static String rejected(ZoneFilter filter, ListParams paging) {
        return assertThrows(BadParameter.class, () -> filter.parse(paging)).violations().get(0).field();
    }
}
