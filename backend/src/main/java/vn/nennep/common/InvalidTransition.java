package vn.nennep.common;

import java.util.List;

/**
 * 409: a state change the resource's lifecycle does not allow now (out of order, or a precondition unmet). The detail
 * says why and what is allowed; the errors name the fields (or {@code status}) concerned.
 */
public class InvalidTransition extends ProblemException {
    public InvalidTransition(List<FieldViolation> violations, String detailKey, Object... args) {
        super(ProblemKind.CONFLICT, violations, detailKey, args);
    }
}
