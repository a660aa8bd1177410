package vn.nennep.recommendations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.nennep.common.BadParameter;
import vn.nennep.common.ListParams;

/** The recommendation list's filters as the resource reads them: typed, absent as null, the first bad one a 400. */
class RecommendationFilterTest {

    private static final String ID = "6b0e7b5e-4f0e-4d8a-9b43-0d3f0f7d2a10";

    @Test
    void readsEveryFilterTyped() {
        RecommendationFilter filter = new RecommendationFilter();
        filter.q = "đường";
        filter.briefingId = ID;
        filter.zoneId = ID;
        filter.raisedById = ID;
        filter.addresseeId = ID;
        filter.withinId = ID;
        filter.field = "AGRICULTURE";
        filter.status = "FORWARDED";
        filter.overdue = "false";
        filter.from = "2024-01-01";
        filter.to = "2024-12-31";
        filter.externalId = "KN-1";
        ListParams paging = new ListParams();
        paging.updatedSince = "2024-03-01T01:00:00Z";
        UUID id = UUID.fromString(ID);
        assertEquals(new RecommendationFilter.Query("đường", id, id, id, id, id, RecommendationField.AGRICULTURE,
                RecommendationStatus.FORWARDED, false, LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31), "KN-1",
                OffsetDateTime.parse("2024-03-01T01:00:00Z")), filter.parse(paging));
        assertEquals(new RecommendationFilter.Query(null, null, null, null, null, null, null, null, null, null, null,
                null, null), new RecommendationFilter().parse(new ListParams()));
    }

    @Test
    void aMalformedFilterIsA400NamingTheFirstInTheServicesOrder() {
        RecommendationFilter filter = new RecommendationFilter();
        ListParams paging = new ListParams();
        paging.updatedSince = "hôm qua";
        assertEquals("updatedSince", rejected(filter, paging));
        filter.to = "31/12/2024";
        assertEquals("to", rejected(filter, paging));
        filter.from = "x";
        assertEquals("from", rejected(filter, paging));
        filter.status = "LOST";
        assertEquals("status", rejected(filter, paging));
        filter.field = "FISHING";
        assertEquals("field", rejected(filter, paging));
        filter.addresseeId = "1";
        assertEquals("addresseeId", rejected(filter, paging));
        filter.raisedById = "2";
        assertEquals("raisedById", rejected(filter, paging));
        filter.zoneId = "3";
        assertEquals("zoneId", rejected(filter, paging));
        filter.briefingId = "4";
        assertEquals("briefingId", rejected(filter, paging));
        filter.withinId = "5";
        assertEquals("withinId", rejected(filter, paging));
        filter.overdue = "có";
        assertEquals("overdue", rejected(filter, paging));
    }

    private static String rejected(RecommendationFilter filter, ListParams paging) {
        BadParameter e = assertThrows(BadParameter.class, () -> filter.parse(paging));
        assertEquals(1, e.violations().size());
        return e.violations().get(0).field();
    }
}
