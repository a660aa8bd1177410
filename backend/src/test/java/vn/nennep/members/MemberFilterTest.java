package vn.nennep.members;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;
import vn.nennep.common.BadParameter;
import vn.nennep.common.ListParams;

/** A roster's filters, parsed in the resource: typed values, and a 400 naming the first unreadable one. */
class MemberFilterTest {

    @Test
    void readsEveryFilter() {
        MemberFilter filter = new MemberFilter();
        filter.q = "Nguyễn";
        filter.status = "FULL";
        filter.exempt = "TRUE";
        filter.externalId = "DV-1";
        ListParams paging = new ListParams();
        paging.updatedSince = "2024-01-31T08:00:00+07:00";
        assertEquals(new MemberFilter.Query("Nguyễn", MemberStatus.FULL, true, "DV-1",
                OffsetDateTime.parse("2024-01-31T08:00:00+07:00")), filter.parse(paging));
        assertEquals(new MemberFilter.Query(null, null, null, null, null), new MemberFilter().parse(new ListParams()));
    }

    @Test
    void namesTheFirstUnreadableFilterInTheOrderTheListAlwaysChecked() {
        MemberFilter filter = new MemberFilter();
        filter.status = "RETIRED";
        filter.exempt = "yes";
        ListParams paging = new ListParams();
        paging.updatedSince = "yesterday";
        assertEquals("status", rejected(filter, paging));
        filter.status = null;
        assertEquals("exempt", rejected(filter, paging));
        filter.exempt = "false";
        assertEquals("updatedSince", rejected(filter, paging));
    }

    private static String rejected(MemberFilter filter, ListParams paging) {
        return assertThrows(BadParameter.class, () -> filter.parse(paging)).violations().get(0).field();
    }
}
