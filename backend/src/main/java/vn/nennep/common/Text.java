package vn.nennep.common;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Small text helpers shared by the services. */
public final class Text {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    private Text() {
    }

    /** Trimmed text, or null when there is none: optional fields store null, not "". */
    /** {@code text} with its first letter in capitals, as a sentence starts ("mã ..." → "Mã ..."). */
    public static String sentence(String text, Locale locale) {
        if (text == null || text.isEmpty() || !Character.isLowerCase(text.codePointAt(0))) {
            return text;
        }
        int first = Character.charCount(text.codePointAt(0));
        return text.substring(0, first).toUpperCase(locale) + text.substring(first);
    }

    public static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    /**
     * Lower case without Vietnamese diacritics, as the database's {@code nennep_fold} (V1 migration): "Hồ Chí Minh" →
     * "ho chi minh". {@code TextFoldTest} checks the two agree on every Vietnamese letter.
     */
    public static String fold(String text) {
        String stripped = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("");
        return stripped.replace('đ', 'd').replace('Đ', 'D').toLowerCase(Locale.ROOT);
    }
}
