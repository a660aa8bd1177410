package vn.nennep.imports.spi;

import java.math.BigDecimal;

/** Values in the text format of PostgreSQL's COPY: {@code \N} for null, backslash escapes for tab, newline, CR, \. */
public final class CopyText {

    private CopyText() {
    }

    /**
     * Appends one value: strings as they are (escaped), decimals without exponent, instants and dates in ISO 8601
     * (which timestamptz and date read), anything else by its {@code toString}.
     */
    public static void value(StringBuilder out, Object value) {
        if (value == null) {
            out.append("\\N");
            return;
        }
        String text = value instanceof BigDecimal decimal ? decimal.toPlainString() : value.toString();
        int plain = 0;
        while (plain < text.length() && !special(text.charAt(plain))) {
            plain++;
        }
        if (plain == text.length()) {
            out.append(text);
            return;
        }
        out.append(text, 0, plain);
        for (int i = plain; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\\' -> out.append("\\\\");
                case '\t' -> out.append("\\t");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                default -> out.append(c);
            }
        }
    }

    private static boolean special(char c) {
        return c == '\\' || c == '\t' || c == '\n' || c == '\r';
    }
}
