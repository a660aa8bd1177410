package vn.nennep.common;

import java.util.List;
import java.util.UUID;

/**
 * A failure the client can act on. The detail and field messages are message keys (with arguments) in
 * {@code i18n/messages}, localized when the problem is written, so services never pick a language.
 */
public class ProblemException extends RuntimeException {

    /** A field error before localization. */
    public record FieldViolation(String field, String key, Object... args) {
    }

    private final ProblemKind kind;
    private final String detailKey;
    private final transient Object[] detailArgs;
    private final transient List<FieldViolation> violations;

    public ProblemException(ProblemKind kind, List<FieldViolation> violations, String detailKey, Object... detailArgs) {
        super(detailKey);
        this.kind = kind;
        this.detailKey = detailKey;
        this.detailArgs = detailArgs;
        this.violations = List.copyOf(violations);
    }

    public ProblemException(ProblemKind kind, String detailKey, Object... detailArgs) {
        this(kind, List.of(), detailKey, detailArgs);
    }

    public ProblemKind kind() {
        return kind;
    }

    public String detailKey() {
        return detailKey;
    }

    public Object[] detailArgs() {
        return detailArgs;
    }

    public List<FieldViolation> violations() {
        return violations;
    }

    /** The stored record this problem clashes with, when there is one to point to (a 409); null otherwise. */
    public UUID existingId() {
        return null;
    }

    /** Seconds the client should wait before trying again (Retry-After); 0 when it need not wait. */
    public long retryAfterSeconds() {
        return 0;
    }
}
