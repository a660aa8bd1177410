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
        IfMatch.valueOf(ifMatch).check(current);
    }
}
