package vn.nennep.organizations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.OffsetDateTime;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.nennep.common.BadParameter;
import vn.nennep.common.ListParams;

/** The organization list's filters, parsed in the resource: typed values, and a 400 naming the first unreadable one. */
class OrganizationFilterTest {

    private static final String ID = "6b0e7b5e-4f0e-4d8a-9b43-0d3f0f7d2a10";
    private static final String OTHER = "0d3f0f7d-4f0e-4d8a-9b43-6b0e7b5e2a10";

    @Test
    void readsEveryFilter() {
        OrganizationFilter filter = new OrganizationFilter();
        filter.q = "Chi bộ";
        filter.type = "BRANCH";
        filter.parentId = ID;
        filter.withinId = OTHER;
        filter.zoneId = ID;
        filter.externalId = "CB-1";
        ListParams paging = new ListParams();
        paging.updatedSince = "2024-01-31T08:00:00Z";
        assertEquals(new OrganizationFilter.Query("Chi bộ", UUID.fromString(OTHER), OrganizationType.BRANCH,
                UUID.fromString(ID), UUID.fromString(ID), "CB-1", OffsetDateTime.parse("2024-01-31T08:00:00Z")),
                filter.parse(paging));
        assertEquals(new OrganizationFilter.Query(null, null, null, null, null, null, null),
                new OrganizationFilter().parse(new ListParams()));
    }

    @Test
    void namesTheFirstUnreadableFilterInTheOrderTheListAlwaysChecked() {
        OrganizationFilter filter = new OrganizationFilter();
        filter.withinId = "42";
        filter.type = "HAMLET";
        filter.parentId = "42";
        filter.zoneId = "42";
        ListParams paging = new ListParams();
        paging.updatedSince = "yesterday";
        assertEquals("withinId", rejected(filter, paging));
        filter.withinId = null;
        assertEquals("type", rejected(filter, paging));
        filter.type = null;
        assertEquals("parentId", rejected(filter, paging));
        filter.parentId = null;
        assertEquals("zoneId", rejected(filter, paging));
        filter.zoneId = null;
        assertEquals("updatedSince", rejected(filter, paging));
    }

    private static String rejected(OrganizationFilter filter, ListParams paging) {
        return assertThrows(BadParameter.class, () -> filter.parse(paging)).violations().get(0).field();
    }
}
