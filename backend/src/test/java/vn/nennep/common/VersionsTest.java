package vn.nennep.common;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class VersionsTest {

    @Test
    void theEtagIsTheQuotedVersion() {
        assertEquals("3", Versions.etag(3).getValue());
        assertEquals("\"3\"", Versions.etag(3).toString());
    }

    @Test
    void aMissingIfMatchIsAPreconditionRequired() {
        for (String missing : new String[] {null, "", "  "}) {
            ProblemException e = assertThrows(ProblemException.class, () -> IfMatch.valueOf(missing).check(3));
            assertEquals(ProblemKind.PRECONDITION_REQUIRED, e.kind());
            assertEquals("error.ifMatch.missing", e.detailKey());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"3\"", "3", "W/\"3\"", "*", "\"2\", \"3\"", " \"3\" "})
    void acceptsTheCurrentVersion(String ifMatch) {
        assertDoesNotThrow(() -> IfMatch.valueOf(ifMatch).check(3));
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"2\"", "2", "\"33\"", "\"1\", \"2\"", "garbage"})
    void rejectsAnyOtherVersionAsStale(String ifMatch) {
        ProblemException e = assertThrows(ProblemException.class, () -> IfMatch.valueOf(ifMatch).check(3));
        assertEquals(ProblemKind.PRECONDITION_FAILED, e.kind());
        assertEquals("error.ifMatch.stale", e.detailKey());
        assertEquals(3L, e.detailArgs()[1]);
    }
}
