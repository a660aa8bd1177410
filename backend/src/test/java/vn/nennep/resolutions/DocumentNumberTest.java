package vn.nennep.resolutions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;
import vn.nennep.common.Messages;
import vn.nennep.common.ProblemException.FieldViolation;
import vn.nennep.common.Unprocessable;
import vn.nennep.organizations.OrganizationType;

class DocumentNumberTest {

    /** The types seeded by the migration. */
    private static final List<String> TYPES =
            List.of("NQ", "KH", "CT", "KL", "TB", "HD", "QĐ", "BC", "CTr", "QC", "QyĐ");

    @ParameterizedTest
    @CsvSource({
        "17-NQ/HU, 17, NQ, HU",
        "199-KH/HU, 199, KH, HU",
        "02-CT/HU, 2, CT, HU",
        "47-KL/HU, 47, KL, HU",
        "05-NQ/ĐU, 5, NQ, DU",
        "12-TB/TU, 12, TB, TU",
        "3-NQ/CB, 3, NQ, CB",
        "08-QĐ/HU, 8, QĐ, HU",
        "21-CTr/HU, 21, CTr, HU",
        "4-QyĐ/TU, 4, QyĐ, TU",
        "7-HD/QU, 7, HD, QU",
        "57-NQ/TW, 57, NQ, TW",
        "25-KH/TU, 25, KH, TU",
        "12-HD/BTCTW, 12, HD, BTCTW",
        "99-HD/BTGDVTW, 99, HD, BTGDVTW",
        "3-QĐ/UBKTTW, 3, QĐ, UBKTTW",
        "1-TB/VPTW, 1, TB, VPTW"})
    void readsTheNumbersCommitteesWrite(String text, int sequence, String type, IssuerCode issuer) {
        DocumentNumber number = DocumentNumber.parse(text, TYPES);
        assertEquals(new DocumentNumber(text, sequence, type, issuer), number);
    }

    @Test
    void theCentresCodesBelongToNoLevelOfTheTree() {
        for (IssuerCode centre : List.of(IssuerCode.TW, IssuerCode.BTCTW, IssuerCode.BTGDVTW, IssuerCode.UBKTTW,
                IssuerCode.VPTW)) {
            assertTrue(centre.outsideTreeOnly(), centre.code);
        }
        for (OrganizationType type : OrganizationType.values()) {
            IssuerCode.defaultFor(type).ifPresent(code -> assertTrue(!code.outsideTreeOnly(), type.name()));
        }
        assertThrows(Unprocessable.class, () -> DocumentNumber.parse("57-NQ/tw", TYPES));
    }

    @Test
    void leadingZerosAreKeptForDisplayButTheSequenceIsANumber() {
        DocumentNumber padded = DocumentNumber.parse("05-NQ/ĐU", TYPES);
        assertEquals("05-NQ/ĐU", padded.text());
        assertEquals(DocumentNumber.parse("5-NQ/ĐU", TYPES).sequence(), padded.sequence());
        assertEquals(2, padded.sequenceWidth());
        assertEquals("06-NQ/ĐU", DocumentNumber.format(6, "NQ", IssuerCode.DU, 2));
        assertEquals("18-NQ/HU", DocumentNumber.format(18, "NQ", IssuerCode.HU, 0));
        assertEquals("100-KH/HU", DocumentNumber.format(100, "KH", IssuerCode.HU, 2));
    }

    @Test
    void normalisesUnicodeLookAlikesAndDashes() {
        // The Icelandic Ð (U+00D0) looks exactly like the Vietnamese Đ (U+0110).
        assertEquals(IssuerCode.DU, DocumentNumber.parse("05-NQ/\u00D0U", TYPES).issuer());
        assertEquals("05-NQ/ĐU", DocumentNumber.parse("  05\u2013NQ/\u0110U ", TYPES).text());
        // NFC: a letter typed as base + combining mark matches the precomposed code.
        assertEquals("Ứ", DocumentNumber.parse("1-U\u031B\u0301/HU", List.of("NQ", "Ứ")).documentType());
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"17/NQ-HU", "17 - NQ/HU", "NQ/HU", "17-NQ", "-NQ/HU", "17-NQ/HU/2020", "17-N1/HU",
        "17-NQ/", "số 17-NQ/HU", "17-NQ HU", "x-NQ/HU", "17--NQ/HU"})
    void garbageSaysWhatShapeIsExpected(String text) {
        FieldViolation violation = refused(text);
        assertEquals("resolution.number.malformed", violation.key());
        String message = Messages.get(Messages.VIETNAMESE, violation.key(), violation.args());
        assertTrue(message.contains("17-NQ/HU"), message);
    }

    @Test
    void theSequenceIsAPositiveNumberOfSensibleSize() {
        assertEquals("resolution.number.sequence", refused("0-NQ/HU").key());
        assertEquals("resolution.number.sequence", refused("000-NQ/HU").key());
        assertEquals("resolution.number.sequence", refused("1234567-NQ/HU").key());
        assertEquals(999_999, DocumentNumber.parse("999999-NQ/HU", TYPES).sequence());
    }

    @Test
    void typesAndIssuersMustBeKnownAndWrittenExactly() {
        assertEquals("resolution.number.typeCase", refused("17-nq/hu").key());
        assertEquals(List.of("nq", "NQ"), List.of(refused("17-nq/HU").args()));
        assertEquals("resolution.number.typeCase", refused("21-CTR/HU").key());
        assertEquals("resolution.number.type", refused("17-XX/HU").key());
        assertEquals("resolution.number.issuerCase", refused("17-NQ/hu").key());
        assertEquals("resolution.number.issuerCase", refused("05-NQ/đu").key());
        assertEquals("resolution.number.issuer", refused("17-NQ/XU").key());
        assertEquals("resolution.number.issuer", refused("17-NQ/DU").key());
    }

    @Test
    void issuerCodesFitOrganizationTypes() {
        assertEquals(IssuerCode.HU, IssuerCode.defaultFor(OrganizationType.DISTRICT).orElseThrow());
        assertEquals(IssuerCode.TU, IssuerCode.defaultFor(OrganizationType.PROVINCE).orElseThrow());
        assertEquals(IssuerCode.DU, IssuerCode.defaultFor(OrganizationType.GRASSROOTS).orElseThrow());
        assertEquals(IssuerCode.CB, IssuerCode.defaultFor(OrganizationType.BRANCH).orElseThrow());
        assertTrue(IssuerCode.defaultFor(OrganizationType.DEPARTMENT).isEmpty());
    }

    @Test
    void termsAreFiveYears() {
        assertEquals(2020, Term.firstYear("2020-2025"));
        assertEquals(-1, Term.firstYear("2020-2026"));
        assertEquals(-1, Term.firstYear("2020–2025"));
        assertEquals(-1, Term.firstYear("20-25"));
        assertEquals(-1, Term.firstYear("2025-2020"));
        assertEquals(-1, Term.firstYear(null));
    }

    private static FieldViolation refused(String text) {
        Unprocessable refused = assertThrows(Unprocessable.class, () -> DocumentNumber.parse(text, TYPES));
        assertEquals(1, refused.violations().size());
        assertEquals("number", refused.violations().get(0).field());
        return refused.violations().get(0);
    }
}
