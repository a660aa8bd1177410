package vn.nennep.resolutions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.nennep.common.BadParameter;
import vn.nennep.common.ListParams;

/** The resolution list's filters as the resource reads them: typed, blank as absent, the first bad one a 400. */
class ResolutionFilterTest {

    private static final String ID = "0b0e3d1c-5f3a-4c55-9d0e-3a4b5c6d7e8f";

    @Test
    void readsEveryFilterTyped() {
        ResolutionFilter filter = new ResolutionFilter();
        filter.q = "môi trường";
        filter.issuerId = ID;
        filter.scopeWithinId = ID;
        filter.appliesToId = ID;
        filter.documentType = " nq ";
        filter.term = " 2020-2025 ";
        filter.effectiveOn = "2024-03-01";
        filter.conferenceId = ID;
        filter.externalId = "VB-1";
        filter.hasTargets = "TRUE";
        ListParams paging = new ListParams();
        paging.updatedSince = "2024-03-01T08:00:00+07:00";
        UUID id = UUID.fromString(ID);
        assertEquals(new ResolutionFilter.Query("môi trường", id, id, id, "nq", "2020-2025",
                LocalDate.of(2024, 3, 1), id, "VB-1", true, OffsetDateTime.parse("2024-03-01T08:00:00+07:00")),
                filter.parse(paging));
    }

    @Test
    void blankFiltersAreAbsent() {
        ResolutionFilter filter = new ResolutionFilter();
        filter.issuerId = " ";
        filter.documentType = " ";
        filter.term = "";
        filter.hasTargets = "";
        assertEquals(new ResolutionFilter.Query(null, null, null, null, null, null, null, null, null, null, null),
                filter.parse(new ListParams()));
    }

    @Test
    void aMalformedFilterIsA400NamingTheFirstInTheServicesOrder() {
        ResolutionFilter filter = new ResolutionFilter();
        ListParams paging = new ListParams();
        paging.updatedSince = "hôm qua";
        assertEquals("updatedSince", rejected(filter, paging).field());
        filter.conferenceId = "42";
        assertEquals("conferenceId", rejected(filter, paging).field());
        filter.effectiveOn = "1/3/2024";
        assertEquals("effectiveOn", rejected(filter, paging).field());
        filter.issuerId = "x";
        assertEquals("issuerId", rejected(filter, paging).field());
        filter.hasTargets = "maybe";
        assertEquals("error.param.boolean", rejected(filter, paging).key());
        filter.term = "2020-2021";
        assertEquals("resolution.term.format", rejected(filter, paging).key());
        filter.appliesToId = "y";
        assertEquals("appliesToId", rejected(filter, paging).field());
        filter.scopeWithinId = "z";
        assertEquals("scopeWithinId", rejected(filter, paging).field());
    }

    private static BadParameter.FieldViolation rejected(ResolutionFilter filter, ListParams paging) {
        BadParameter e = assertThrows(BadParameter.class, () -> filter.parse(paging));
        assertEquals(1, e.violations().size());
        return e.violations().get(0);
    }
}
