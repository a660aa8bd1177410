package vn.nennep.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.OffsetDateTime;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.nennep.common.BadParameter;
import vn.nennep.common.ListParams;

/** The account list's filters, parsed in the resource: typed values, and a 400 naming the first unreadable one. */
class UserFilterTest {

    private static final String ID = "6b0e7b5e-4f0e-4d8a-9b43-0d3f0f7d2a10";

    @Test
    void readsEveryFilter() {
        UserFilter filter = new UserFilter();
        filter.q = "admin";
        filter.role = "INSPECTOR";
        filter.organizationId = ID;
        ListParams paging = new ListParams();
        paging.updatedSince = "2024-01-31T08:00:00+07:00";
        assertEquals(new UserFilter.Query("admin", Role.INSPECTOR, UUID.fromString(ID),
                OffsetDateTime.parse("2024-01-31T08:00:00+07:00")), filter.parse(paging));
        assertEquals(new UserFilter.Query(null, null, null, null), new UserFilter().parse(new ListParams()));
    }

    @Test
    void namesTheFirstUnreadableFilterInTheOrderTheListAlwaysChecked() {
        UserFilter filter = new UserFilter();
        filter.role = "ROOT";
        filter.organizationId = "42";
        ListParams paging = new ListParams();
        paging.updatedSince = "yesterday";
        assertEquals("role", rejected(filter, paging));
        filter.role = null;
        assertEquals("organizationId", rejected(filter, paging));
        filter.organizationId = null;
        assertEquals("updatedSince", rejected(filter, paging));
    }

    private static String rejected(UserFilter filter, ListParams paging) {
        return assertThrows(BadParameter.class, () -> filter.parse(paging)).violations().get(0).field();
    }
}
