package vn.nennep.common;

/** Each kind of problem has a stable type URI, an HTTP status and a localized title. */
public enum ProblemKind {
    BAD_REQUEST(400, "bad-request"),
    UNAUTHORIZED(401, "unauthorized"),
    FORBIDDEN(403, "forbidden"),
    NOT_FOUND(404, "not-found"),
    METHOD_NOT_ALLOWED(405, "method-not-allowed"),
    NOT_ACCEPTABLE(406, "not-acceptable"),
    CONFLICT(409, "conflict"),
    /**
     * A change feed cursor past the history the source still has: the source was restored to an earlier point (or the
     * cursor is from another source). The mirror must start again (see {@code ChangeHistoryLost}).
     */
    CHANGE_HISTORY_LOST(410, "change-history-lost"),
    PRECONDITION_FAILED(412, "precondition-failed"),
    PAYLOAD_TOO_LARGE(413, "payload-too-large"),
    UNSUPPORTED_MEDIA_TYPE(415, "unsupported-media-type"),
    VALIDATION(422, "validation"),
    PRECONDITION_REQUIRED(428, "precondition-required"),
    TOO_MANY_REQUESTS(429, "too-many-requests"),
    INTERNAL(500, "internal"),
    /** The database does not answer (stopped, restarting, unreachable): worth trying again shortly. */
    SERVICE_UNAVAILABLE(503, "service-unavailable");

    public final int status;
    public final String slug;

    ProblemKind(int status, String slug) {
        this.status = status;
        this.slug = slug;
    }

    public String type() {
        return "urn:nennep:problem:" + slug;
    }

    public String titleKey() {
        return "problem." + slug + ".title";
    }

    public static ProblemKind ofStatus(int status) {
        for (ProblemKind kind : values()) {
            if (kind.status == status) {
                return kind;
            }
        }
        return status >= 500 ? INTERNAL : BAD_REQUEST;
    }
}
