package vn.nennep.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import vn.nennep.members.MemberStatus;

class ParamsTest {

    private static final String ID = "6b0e7b5e-4f0e-4d8a-9b43-0d3f0f7d2a10";

    /** The parameter must be rejected with a 400 naming it; returns the field violation's key and arguments. */
    private static ProblemException.FieldViolation rejected(String name, Executable parse) {
        BadParameter e = assertThrows(BadParameter.class, parse);
        assertEquals(ProblemKind.BAD_REQUEST, e.kind());
        assertEquals(name, e.violations().get(0).field());
        assertEquals(name, e.detailArgs()[0]);
        return e.violations().get(0);
    }

    @Test
    void readsUuids() {
        assertEquals(UUID.fromString(ID), Params.uuid("parentId", ID));
        assertNull(Params.uuid("parentId", null));
        assertNull(Params.uuid("parentId", " "));
        assertEquals("error.param.uuid", rejected("parentId", () -> Params.uuid("parentId", "42")).key());
        rejected("parentId", () -> Params.uuid("parentId", "1-2-3-4-5"));
        rejected("parentId", () -> Params.uuid("parentId", ID.replace('b', 'x')));
    }

    @Test
    void pathIdsAreRequired() {
        assertEquals(UUID.fromString(ID), Params.id("id", ID));
        rejected("id", () -> Params.id("id", null));
        rejected("id", () -> Params.id("id", "not-a-uuid"));
    }

    @Test
    void readsIntegersWithinARange() {
        assertEquals(7, Params.integer("page", null, 7, 0, 10));
        assertEquals(0, Params.integer("page", "0", 7, 0, 10));
        assertEquals(10, Params.integer("page", " 10 ", 7, 0, 10));
        var outside = rejected("page", () -> Params.integer("page", "11", 7, 0, 10));
        assertEquals("error.param.range", outside.key());
        assertEquals(java.util.List.of(11, 0, 10), java.util.List.of(outside.args()));
        rejected("page", () -> Params.integer("page", "-1", 7, 0, 10));
        assertEquals("error.param.integer", rejected("page", () -> Params.integer("page", "1.5", 7, 0, 10)).key());
        rejected("page", () -> Params.integer("page", "99999999999", 7, 0, 10));
    }

    @Test
    void readsInstantsWithAnOffset() {
        OffsetDateTime instant = Params.instant("updatedSince", "2024-01-31T08:00:00+07:00");
        assertEquals(OffsetDateTime.of(2024, 1, 31, 1, 0, 0, 0, ZoneOffset.UTC).toInstant(), instant.toInstant());
        assertEquals(ZoneOffset.UTC, Params.instant("updatedSince", "2024-01-31T01:00:00.123456Z").getOffset());
        assertNull(Params.instant("updatedSince", ""));
        assertEquals("error.param.instant",
                rejected("updatedSince", () -> Params.instant("updatedSince", "2024-01-31T08:00:00")).key());
        rejected("updatedSince", () -> Params.instant("updatedSince", "yesterday"));
    }

    @Test
    void readsDatesAndBooleans() {
        assertEquals(LocalDate.of(2015, 5, 19), Params.date("joinedOn", "2015-05-19"));
        rejected("joinedOn", () -> Params.date("joinedOn", "19/05/2015"));
        assertEquals(Boolean.TRUE, Params.bool("exempt", "TRUE"));
        assertEquals(Boolean.FALSE, Params.bool("exempt", "false"));
        assertNull(Params.bool("exempt", null));
        rejected("exempt", () -> Params.bool("exempt", "yes"));
    }

    @Test
    void readsEnumValuesListingTheAllowedOnes() {
        assertEquals(MemberStatus.PROBATIONARY, Params.enumValue("status", " PROBATIONARY ", MemberStatus.class));
        assertNull(Params.enumValue("status", null, MemberStatus.class));
        var violation = rejected("status", () -> Params.enumValue("status", "RETIRED", MemberStatus.class));
        assertEquals("error.param.enum", violation.key());
        assertEquals("RETIRED", violation.args()[0]);
        assertEquals("FULL, PROBATIONARY", violation.args()[1]);
    }

    @Test
    void containsPatternEscapesWildcards() {
        assertEquals("%nam sach%", Params.containsPattern("  nam sach "));
        assertEquals("%100\\%%", Params.containsPattern("100%"));
        assertEquals("%a\\_b%", Params.containsPattern("a_b"));
        assertEquals("%a\\\\b%", Params.containsPattern("a\\b"));
        assertEquals("%\\\\\\%%", Params.containsPattern("\\%"));
    }
}
