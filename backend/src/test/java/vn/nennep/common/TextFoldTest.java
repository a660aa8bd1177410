package vn.nennep.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.text.Normalizer;
import org.junit.jupiter.api.Test;

/**
 * Meetings keep their search text folded by the application ({@link Text#fold}), and the V12 migration folded the
 * records stored before with the database's {@code nennep_fold}; a search finds both only while the two agree. They
 * must, on every letter of Vietnamese with every tone, in both cases and in both Unicode forms.
 */
@QuarkusTest
class TextFoldTest {

    private static final String VOWELS = "aăâeêioôơuưy";
    private static final String TONES = "\u0300\u0301\u0309\u0303\u0323"; // huyền, sắc, hỏi, ngã, nặng

    @Inject
    EntityManager em;

    @Test
    void theApplicationFoldsEveryVietnameseLetterAsTheDatabaseDoes() {
        StringBuilder letters = new StringBuilder("bcdđghklmnpqrstvx ");
        for (char vowel : VOWELS.toCharArray()) {
            String base = Normalizer.normalize(String.valueOf(vowel), Normalizer.Form.NFC);
            letters.append(base);
            for (char tone : TONES.toCharArray()) {
                letters.append(Normalizer.normalize(base + tone, Normalizer.Form.NFC));
            }
        }
        String lower = letters.toString();
        String text = lower + " " + lower.toUpperCase(java.util.Locale.ROOT) + " 1/2009, \"%_\\\"";
        String database = (String) em.createNativeQuery("select nennep_fold(cast(:t as text))")
                .setParameter("t", text).getSingleResult();
        assertEquals(database, Text.fold(text));
        assertEquals(12 * 6 + 17 + 1, lower.length(), "12 vowels bare and with 5 tones, 17 consonants with đ, a space");
        assertEquals("bcddghklmnpqrstvx " + "a".repeat(18) + "e".repeat(12) + "i".repeat(6) + "o".repeat(18)
                + "u".repeat(12) + "y".repeat(6), Text.fold(lower));
    }

    @Test
    void decomposedTextFoldsAsComposedText() {
        String composed = "Đảng ủy xã An Lâm, Hồ Chí Minh: TƯ TƯỞNG";
        String decomposed = Normalizer.normalize(composed, Normalizer.Form.NFD);
        assertEquals("dang uy xa an lam, ho chi minh: tu tuong", Text.fold(composed));
        assertEquals(Text.fold(composed), Text.fold(decomposed));
        // Records stored before V13 in decomposed form were folded by the database: the same words.
        assertEquals(Text.fold(composed), em.createNativeQuery("select nennep_fold(cast(:t as text))")
                .setParameter("t", decomposed).getSingleResult());
    }
}
