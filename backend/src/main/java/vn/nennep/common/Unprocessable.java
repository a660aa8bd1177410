package vn.nennep.common;

import java.util.List;

/** 422: well-formed input that breaks a rule; names each offending field. */
public class Unprocessable extends ProblemException {
    public Unprocessable(List<FieldViolation> violations) {
        super(ProblemKind.VALIDATION, violations, "error.validation");
    }

    public Unprocessable(String field, String key, Object... args) {
        this(List.of(new FieldViolation(field, key, args)));
    }
}
