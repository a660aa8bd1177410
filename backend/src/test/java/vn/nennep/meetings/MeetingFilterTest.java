package vn.nennep.meetings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.nennep.common.BadParameter;
import vn.nennep.common.ListParams;

/** The meeting list's filters as the resource reads them: typed, absent as null, the first bad one a 400. */
class MeetingFilterTest {

    private static final String ID = "6b0e7b5e-4f0e-4d8a-9b43-0d3f0f7d2a10";

    @Test
    void readsEveryFilterTyped() {
        MeetingFilter filter = new MeetingFilter();
        filter.branchId = ID;
        filter.withinId = ID;
        filter.kind = " THEMATIC ";
        filter.from = "2024-04-01";
        filter.to = "2024-04-30";
        filter.q = "chuyên đề";
        filter.externalId = "BB-1";
        ListParams paging = new ListParams();
        paging.updatedSince = "2024-04-01T00:00:00+07:00";
        UUID id = UUID.fromString(ID);
        assertEquals(new MeetingFilter.Query(id, id, MeetingKind.THEMATIC, LocalDate.of(2024, 4, 1),
                LocalDate.of(2024, 4, 30), "chuyên đề", "BB-1", OffsetDateTime.parse("2024-04-01T00:00:00+07:00")),
                filter.parse(paging));
        assertEquals(new MeetingFilter.Query(null, null, null, null, null, null, null, null),
                new MeetingFilter().parse(new ListParams()));
    }

    @Test
    void aMalformedFilterIsA400NamingTheFirstInTheServicesOrder() {
        MeetingFilter filter = new MeetingFilter();
        ListParams paging = new ListParams();
        paging.updatedSince = "hôm qua";
        assertEquals("updatedSince", rejected(filter, paging));
        filter.kind = "WEEKLY";
        assertEquals("kind", rejected(filter, paging));
        filter.withinId = "x";
        assertEquals("withinId", rejected(filter, paging));
        filter.branchId = "y";
        assertEquals("branchId", rejected(filter, paging));
        filter.to = "30/4/2024";
        assertEquals("to", rejected(filter, paging));
        filter.from = "3/3/2024";
        assertEquals("from", rejected(filter, paging));
    }

    private static String rejected(MeetingFilter filter, ListParams paging) {
        BadParameter e = assertThrows(BadParameter.class, () -> filter.parse(paging));
        assertEquals(1, e.violations().size());
        return e.violations().get(0).field();
    }
}
