package vn.nennep.common;

import java.util.List;

/** 409: the request clashes with stored data (a duplicate key, a resource still in use). */
public class Conflict extends ProblemException {
    public Conflict(String detailKey, Object... args) {
        super(ProblemKind.CONFLICT, detailKey, args);
    }

    /** A duplicate value of one field, named so a form can show it under that field. */
    public static Conflict duplicate(String field, String key, Object value) {
        return new Conflict(List.of(new FieldViolation(field, key, value)), key, value);
    }

    private Conflict(List<FieldViolation> violations, String detailKey, Object... args) {
        super(ProblemKind.CONFLICT, violations, detailKey, args);
    }
}
