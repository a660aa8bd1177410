package vn.nennep.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Locale;
import org.junit.jupiter.api.Test;

/** A field's message made the sentence of a problem's detail: its first letter in capitals, nothing else changed. */
class TextSentenceTest {

    private static final Locale VI = Locale.forLanguageTag("vi");

    @Test
    void theFirstLetterOnlyBecomesACapitalVietnameseLettersIncluded() {
        assertEquals("Mã \"X1\" đã được dùng", Text.sentence("mã \"X1\" đã được dùng", VI));
        assertEquals("Đã có biên bản tháng 03/2024", Text.sentence("đã có biên bản tháng 03/2024", VI));
        assertEquals("Ước tính", Text.sentence("ước tính", VI));
        assertEquals("Code \"x\" is used", Text.sentence("code \"x\" is used", Locale.ENGLISH));
    }

    @Test
    void aSentenceThatStartsOtherwiseIsLeftAsItIs() {
        assertEquals("Số 17-NQ/HU", Text.sentence("Số 17-NQ/HU", VI));
        assertEquals("\"17-NQ/HU\" đã có", Text.sentence("\"17-NQ/HU\" đã có", VI));
        assertEquals("03/2024", Text.sentence("03/2024", VI));
        assertEquals("", Text.sentence("", VI));
        assertNull(Text.sentence(null, VI));
    }
}
