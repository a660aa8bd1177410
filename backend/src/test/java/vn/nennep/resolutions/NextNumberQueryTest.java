package vn.nennep.resolutions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.nennep.common.BadParameter;

/** The next-number query as the resource reads it: each parameter required, the term well-formed, in that order. */
class NextNumberQueryTest {

    private static final String ISSUER = "0b0e3d1c-5f3a-4c55-9d0e-3a4b5c6d7e8f";

    @Test
    void readsTheThreeParametersTrimmed() {
        NextNumberQuery query = NextNumberQuery.parse(ISSUER, " NQ ", " 2020-2025 ");
        assertEquals(new NextNumberQuery(UUID.fromString(ISSUER), "NQ", "2020-2025"), query);
    }

    @Test
    void aMissingOrMalformedParameterIsA400NamingIt() {
        assertEquals("issuerId", rejected(null, "NQ", "2020-2025").field());
        assertEquals("error.param.required", rejected(" ", "NQ", "2020-2025").key());
        assertEquals("error.param.uuid", rejected("not-a-uuid", "NQ", "2020-2025").key());
        assertEquals("documentType", rejected(ISSUER, "", "2020-2025").field());
        assertEquals("term", rejected(ISSUER, "NQ", null).field());
        assertEquals("error.param.required", rejected(ISSUER, "NQ", null).key());
        assertEquals("resolution.term.format", rejected(ISSUER, "NQ", "2020-2021").key());
    }

    @Test
    void theIssuerIsCheckedFirstThenTheTypeThenTheTerm() {
        assertEquals("issuerId", rejected(null, null, null).field());
        assertEquals("documentType", rejected(ISSUER, null, "2020").field());
    }

    private static BadParameter.FieldViolation rejected(String issuer, String type, String term) {
        BadParameter e = assertThrows(BadParameter.class, () -> NextNumberQuery.parse(issuer, type, term));
        assertEquals(1, e.violations().size());
        return e.violations().get(0);
    }
}
