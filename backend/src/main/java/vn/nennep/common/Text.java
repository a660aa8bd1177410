package vn.nennep.common;

/** Small text helpers shared by the services. */
public final class Text {

    private Text() {
    }

    /** Trimmed text, or null when there is none: optional fields store null, not "". */
    public static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
