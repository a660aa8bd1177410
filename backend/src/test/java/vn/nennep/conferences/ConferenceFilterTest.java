package vn.nennep.conferences;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.nennep.common.BadParameter;
import vn.nennep.common.ListParams;

/** The conference list's filters, parsed in the resource: typed values, and a 400 naming the first unreadable one. */
class ConferenceFilterTest {

    private static final String ID = "6b0e7b5e-4f0e-4d8a-9b43-0d3f0f7d2a10";
    private static final String OTHER = "0d3f0f7d-4f0e-4d8a-9b43-6b0e7b5e2a10";

    @Test
    void readsEveryFilter() {
        ConferenceFilter filter = new ConferenceFilter();
        filter.q = "Hội nghị";
        filter.organizerId = ID;
        filter.withinId = OTHER;
        filter.kind = "SEMINAR";
        filter.status = "HELD";
        filter.heldFrom = "2024-03-01";
        filter.heldTo = "2024-03-31";
        filter.externalId = "HN-1";
        ListParams paging = new ListParams();
        paging.updatedSince = "2024-01-31T08:00:00+07:00";
        assertEquals(new ConferenceFilter.Query("Hội nghị", UUID.fromString(OTHER), UUID.fromString(ID),
                ConferenceKind.SEMINAR, ConferenceStatus.HELD, LocalDate.of(2024, 3, 1), LocalDate.of(2024, 3, 31),
                "HN-1", OffsetDateTime.parse("2024-01-31T08:00:00+07:00")), filter.parse(paging));
        assertEquals(new ConferenceFilter.Query(null, null, null, null, null, null, null, null, null),
                new ConferenceFilter().parse(new ListParams()));
    }

    @Test
    void namesTheFirstUnreadableFilterInTheOrderTheListAlwaysChecked() {
        ConferenceFilter filter = new ConferenceFilter();
        filter.withinId = "42";
        filter.organizerId = "42";
        filter.kind = "PARTY";
        filter.status = "DONE";
        filter.heldFrom = "March";
        filter.heldTo = "April";
        ListParams paging = new ListParams();
        paging.updatedSince = "yesterday";
        assertEquals("withinId", rejected(filter, paging));
        filter.withinId = null;
        assertEquals("organizerId", rejected(filter, paging));
        filter.organizerId = null;
        assertEquals("kind", rejected(filter, paging));
        filter.kind = null;
        assertEquals("status", rejected(filter, paging));
        filter.status = null;
        assertEquals("heldFrom", rejected(filter, paging));
        filter.heldFrom = null;
        assertEquals("heldTo", rejected(filter, paging));
        filter.heldTo = null;
        assertEquals("updatedSince", rejected(filter, paging));
    }

    private static String rejected(ConferenceFilter filter, ListParams paging) {
        return assertThrows(BadParameter.class, () -> filter.parse(paging)).violations().get(0).field();
    }
}
