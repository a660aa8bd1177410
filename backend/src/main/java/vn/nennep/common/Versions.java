package vn.nennep.common;

import jakarta.ws.rs.core.EntityTag;

/** Optimistic locking over HTTP: the ETag is the version; updates send it back in If-Match ({@link IfMatch}). */
public final class Versions {

    private Versions() {
    }

    public static EntityTag etag(long version) {
        return new EntityTag(Long.toString(version));
    }
}
