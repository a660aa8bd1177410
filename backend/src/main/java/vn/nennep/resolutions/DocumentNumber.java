package vn.nennep.resolutions;

import java.text.Normalizer;
import java.util.Collection;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.nennep.common.Unprocessable;

/**
 * A document number as party committees write it: {@code <sequence>-<type>/<issuer>}, e.g. {@code 17-NQ/HU},
 * {@code 05-NQ/ĐU}, {@code 3-CTr/CB}. The sequence keeps its leading zeros for display but is compared as a number.
 * Parsing is a pure function: the known document types are passed in (they are data).
 *
 * @param text the number as it will be stored and shown (NFC, hyphen and Đ normalised)
 */
public record DocumentNumber(String text, int sequence, String documentType, IssuerCode issuer) {

    /** The request field every parse error is reported on. */
    public static final String FIELD = "number";
    /** Sequences beyond this are typing mistakes (a district issues some hundreds of documents a year). */
    static final int MAX_SEQUENCE = 999_999;

    private static final Pattern SHAPE = Pattern.compile("([0-9]+)-(\\p{L}+)/(\\p{L}+)");
    /** Dashes that word processors put in place of the hyphen. */
    private static final Pattern DASHES = Pattern.compile("[\\u2010-\\u2015\\u2212\\uFE58\\uFE63\\uFF0D]");

    /**
     * Parses {@code raw}; a malformed number, an unknown type or issuer code is a 422 on {@code number} saying what
     * was expected. Codes are matched exactly: {@code nq} is not {@code NQ}.
     */
    public static DocumentNumber parse(String raw, Collection<String> knownTypes) {
        String text = normalise(raw);
        Matcher m = SHAPE.matcher(text);
        if (!m.matches()) {
            throw new Unprocessable(FIELD, "resolution.number.malformed", raw == null ? "" : raw.trim());
        }
        String digits = m.group(1);
        if (digits.length() > String.valueOf(MAX_SEQUENCE).length() || Integer.parseInt(digits) == 0) {
            throw new Unprocessable(FIELD, "resolution.number.sequence", digits, MAX_SEQUENCE);
        }
        String type = m.group(2);
        if (!knownTypes.contains(type)) {
            String sameLetters = knownTypes.stream().filter(t -> t.equalsIgnoreCase(type)).findFirst().orElse(null);
            if (sameLetters != null) {
                throw new Unprocessable(FIELD, "resolution.number.typeCase", type, sameLetters);
            }
            throw new Unprocessable(FIELD, "resolution.number.type", type,
                    String.join(", ", knownTypes.stream().sorted().toList()));
        }
        String issuerText = m.group(3);
        IssuerCode issuer = IssuerCode.of(issuerText).orElse(null);
        if (issuer == null) {
            IssuerCode sameLetters = IssuerCode.of(issuerText.toUpperCase(Locale.ROOT)).orElse(null);
            if (sameLetters != null) {
                throw new Unprocessable(FIELD, "resolution.number.issuerCase", issuerText, sameLetters.code);
            }
            throw new Unprocessable(FIELD, "resolution.number.issuer", issuerText, IssuerCode.allCodes());
        }
        return new DocumentNumber(text, Integer.parseInt(digits), type, issuer);
    }

    /** The number of the {@code sequence}-th document, zero-padded to {@code width} digits (0 or 1: none). */
    public static String format(int sequence, String documentType, IssuerCode issuer, int width) {
        String digits = String.valueOf(sequence);
        if (digits.length() < width) {
            digits = "0".repeat(width - digits.length()) + digits;
        }
        return digits + "-" + documentType + "/" + issuer.code;
    }

    /** The width of the sequence as written ({@code 05} is 2), to pad the next number the same way. */
    public int sequenceWidth() {
        return text.indexOf('-');
    }

    /**
     * Trimmed, NFC (letters typed as a base letter and combining marks match the stored codes), the Icelandic Ð
     * (U+00D0), which looks the same, read as the Vietnamese Đ, and typographic dashes read as hyphens.
     */
    static String normalise(String raw) {
        if (raw == null) {
            return "";
        }
        String text = Normalizer.normalize(raw.trim(), Normalizer.Form.NFC).replace('\u00D0', '\u0110');
        return DASHES.matcher(text).replaceAll("-");
    }
}
