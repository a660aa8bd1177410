package vn.nennep.common;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/** Builds problem responses for the current request: localized, with the request's path and id. */
public final class Problems {

    public static final String MEDIA_TYPE = "application/problem+json";
    public static final String REQUEST_ID_HEADER = "X-Request-Id";

    private Problems() {
    }

    public static Locale locale(HttpHeaders headers) {
        return Messages.negotiate(headers == null ? null : headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE));
    }

    /** A service's refusal, with the record it clashes with when it names one ({@code existingId}). */
    public static Response response(ProblemException e, HttpHeaders headers, UriInfo uri) {
        return response(e.kind(), headers, uri, e.detailKey(), e.detailArgs(), e.violations(), e.existingId());
    }

    public static Response response(ProblemKind kind, HttpHeaders headers, UriInfo uri, String detailKey,
            Object[] detailArgs, List<ProblemException.FieldViolation> violations) {
        return response(kind, headers, uri, detailKey, detailArgs, violations, null);
    }

    private static Response response(ProblemKind kind, HttpHeaders headers, UriInfo uri, String detailKey,
            Object[] detailArgs, List<ProblemException.FieldViolation> violations, UUID existingId) {
        Locale locale = locale(headers);
        List<Problem.FieldError> errors = violations.isEmpty() ? null : violations.stream()
                .map(v -> new Problem.FieldError(v.field(), Messages.get(locale, v.key(), v.args())))
                .toList();
        // A field's message reads after the field's label ("mã ... đã được dùng"); as the problem's detail it is a
        // sentence of its own.
        return response(kind, headers, uri, Text.sentence(Messages.get(locale, detailKey, detailArgs), locale), errors,
                existingId);
    }

    public static Response response(ProblemKind kind, HttpHeaders headers, UriInfo uri, String detail,
            List<Problem.FieldError> errors) {
        return response(kind, headers, uri, detail, errors, null);
    }

    private static Response response(ProblemKind kind, HttpHeaders headers, UriInfo uri, String detail,
            List<Problem.FieldError> errors, UUID existingId) {
        Locale locale = locale(headers);
        String instance = uri == null ? null : uri.getRequestUri().getRawPath();
        String requestId = headers == null ? null : headers.getHeaderString(REQUEST_ID_HEADER);
        Problem body = new Problem(kind.type(), Messages.get(locale, kind.titleKey()), kind.status, detail, instance,
                requestId, errors, existingId);
        return Response.status(kind.status)
                .type(MEDIA_TYPE)
                .header(HttpHeaders.CONTENT_LANGUAGE, locale.toLanguageTag())
                .entity(body)
                .build();
    }
}
