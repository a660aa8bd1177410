package vn.nennep.common;

import jakarta.ws.rs.core.EntityTag;

/** Optimistic locking over HTTP: the ETag is the version; updates must send it back in If-Match. */
public final class Versions {

    private Versions() {
    }

    public static EntityTag etag(long version) {
        return new EntityTag(Long.toString(version));
    }

    /** 428 when If-Match is missing, 412 when it names another version (or cannot be read). */
    public static void requireMatch(String ifMatch, long current) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new ProblemException(ProblemKind.PRECONDITION_REQUIRED, "error.ifMatch.missing");
        }
        String value = ifMatch.trim();
        if (value.equals("*")) {
            return;
        }
        for (String candidate : value.split(",")) {
            String tag = candidate.trim();
            if (tag.startsWith("W/")) {
                tag = tag.substring(2);
            }
            if (tag.length() >= 2 && tag.startsWith("\"") && tag.endsWith("\"")) {
                tag = tag.substring(1, tag.length() - 1);
            }
            if (tag.equals(Long.toString(current))) {
                return;
            }
        }
        throw new ProblemException(ProblemKind.PRECONDITION_FAILED, "error.ifMatch.stale", value, current);
    }
}
