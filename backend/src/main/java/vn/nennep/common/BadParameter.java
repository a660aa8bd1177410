package vn.nennep.common;

import java.util.List;

/** 400: a query, path or header parameter that cannot be read. */
public class BadParameter extends ProblemException {
    public BadParameter(String parameter, String key, Object... args) {
        super(ProblemKind.BAD_REQUEST, List.of(new FieldViolation(parameter, key, args)), "error.badParameter", parameter);
    }
}
