package vn.nennep.resolutions;

import java.util.List;
import vn.nennep.common.ProblemException;
import vn.nennep.common.ProblemException.FieldViolation;
import vn.nennep.common.ProblemKind;

/** 409 on one field, with a message of several arguments (as {@code Conflict.duplicate}, which takes one). */
final class FieldConflict {

    private FieldConflict() {
    }

    static ProblemException on(String field, String key, Object... args) {
        return new ProblemException(ProblemKind.CONFLICT, List.of(new FieldViolation(field, key, args)), key, args);
    }
}
