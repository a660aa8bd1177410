package vn.nennep.common;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.UUID;

/**
 * An RFC 9457 problem detail: the body of every non-2xx response. {@code existingId}, written only when set, names the
 * stored record a 409 clashes with (the branch's regular meeting of that month), so that a client can offer to open it.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(String type, String title, int status, String detail, String instance, String requestId,
        List<FieldError> errors, UUID existingId) {

    public Problem(String type, String title, int status, String detail, String instance, String requestId,
            List<FieldError> errors) {
        this(type, title, status, detail, instance, requestId, errors, null);
    }

    /** One offending field of a request: {@code field} is a JSON path such as {@code tiers[1].minMembers}. */
    public record FieldError(String field, String message) {
    }
}
