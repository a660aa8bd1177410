package vn.nennep.common;

import java.util.ArrayList;
import java.util.List;

/**
 * The If-Match header, parsed where the request comes in: the versions it names (an ETag here is the version),
 * or any version ({@code *}), or nothing at all. Resources take it as a header parameter
 * ({@code @HeaderParam(IF_MATCH) @DefaultValue("") IfMatch ifMatch}; JAX-RS calls {@link #valueOf}); services check
 * it against the record once they have found it and checked the caller's rights, so that a missing or stale header
 * on a record that does not exist still answers 404.
 */
public final class IfMatch {

    /** No header (or an empty one). */
    public static final IfMatch ABSENT = new IfMatch(null, false, List.of());

    private final String header;
    private final boolean any;
    private final List<Long> versions;

    private IfMatch(String header, boolean any, List<Long> versions) {
        this.header = header;
        this.any = any;
        this.versions = versions;
    }

    /** Parses a header value; never fails: a tag that is not a version of ours can only be stale (412). */
    public static IfMatch valueOf(String header) {
        if (header == null || header.isBlank()) {
            return ABSENT;
        }
        String value = header.trim();
        if (value.equals("*")) {
            return new IfMatch(value, true, List.of());
        }
        List<Long> versions = new ArrayList<>();
        for (String candidate : value.split(",")) {
            String tag = candidate.trim();
            if (tag.startsWith("W/")) {
                tag = tag.substring(2);
            }
            if (tag.length() >= 2 && tag.startsWith("\"") && tag.endsWith("\"")) {
                tag = tag.substring(1, tag.length() - 1);
            }
            try {
                versions.add(Long.parseLong(tag));
            } catch (NumberFormatException notOurs) {
                // Not an ETag this API gave out: it matches no version.
            }
        }
        return new IfMatch(value, false, List.copyOf(versions));
    }

    /** The header naming exactly one version, as an import or a machine client that read the record sends it. */
    public static IfMatch version(long version) {
        return new IfMatch("\"" + version + "\"", false, List.of(version));
    }

    public boolean present() {
        return header != null;
    }

    public boolean matches(long current) {
        return any || versions.contains(current);
    }

    /** 428 when the header is missing, 412 when it names another version (or cannot be read). */
    public void check(long current) {
        if (!present()) {
            throw new ProblemException(ProblemKind.PRECONDITION_REQUIRED, "error.ifMatch.missing");
        }
        if (!matches(current)) {
            throw new ProblemException(ProblemKind.PRECONDITION_FAILED, "error.ifMatch.stale", header, current);
        }
    }

    @Override
    public String toString() {
        return present() ? header : "(none)";
    }
}
