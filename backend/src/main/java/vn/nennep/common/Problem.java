package vn.nennep.common;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/** An RFC 9457 problem detail: the body of every non-2xx response. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(String type, String title, int status, String detail, String instance, String requestId,
        List<FieldError> errors) {

    /** One offending field of a request: {@code field} is a JSON path such as {@code tiers[1].minMembers}. */
    public record FieldError(String field, String message) {
    }
}
