package vn.nennep.common;

import java.util.List;
import java.util.UUID;

/** 409: the request clashes with stored data (a duplicate key, a resource still in use). */
public class Conflict extends ProblemException {

    private final transient UUID existingId;

    public Conflict(String detailKey, Object... args) {
        super(ProblemKind.CONFLICT, detailKey, args);
        this.existingId = null;
    }

    /** A duplicate value of one field, named so a form can show it under that field. */
    public static Conflict duplicate(String field, String key, Object value) {
        return new Conflict(List.of(new FieldViolation(field, key, value)), key, value);
    }

    /**
     * The stored record {@code existingId} already holds what the request wants (e.g. the branch's regular meeting of
     * that month): its detail and the message under {@code field} both say which, and the problem names its id.
     */
    public static Conflict existing(UUID existingId, String field, String key, Object... args) {
        return new Conflict(existingId, List.of(new FieldViolation(field, key, args)), key, args);
    }

    private Conflict(List<FieldViolation> violations, String detailKey, Object... args) {
        this(null, violations, detailKey, args);
    }

    private Conflict(UUID existingId, List<FieldViolation> violations, String detailKey, Object... args) {
        super(ProblemKind.CONFLICT, violations, detailKey, args);
        this.existingId = existingId;
    }

    @Override
    public UUID existingId() {
        return existingId;
    }
}
