package vn.nennep.common;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Collectors;
import io.quarkus.security.AuthenticationCompletionException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import org.hibernate.StaleStateException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * The one place where exceptions become HTTP responses. Every non-2xx answer is a problem detail; no class name,
 * stack trace or SQL text ever reaches a client.
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);
    private static final String FOREIGN_KEY_VIOLATION = "23503";
    private static final String BEARER_CHALLENGE = "Bearer realm=\"nennep\"";

    @ServerExceptionMapper
    public Response problem(ProblemException e, HttpHeaders headers, UriInfo uri) {
        Response response = Problems.response(e, headers, uri);
        if (e.kind() == ProblemKind.UNAUTHORIZED) {
            return Response.fromResponse(response).header(HttpHeaders.WWW_AUTHENTICATE, BEARER_CHALLENGE).build();
        }
        if (e.retryAfterSeconds() > 0) {
            return Response.fromResponse(response).header(HttpHeaders.RETRY_AFTER, e.retryAfterSeconds()).build();
        }
        return response;
    }

    /** No credential, or one that does not check out: 401 with the challenge. */
    @ServerExceptionMapper({ UnauthorizedException.class, AuthenticationFailedException.class,
        AuthenticationCompletionException.class })
    public Response unauthorized(RuntimeException e, HttpHeaders headers, UriInfo uri) {
        return problem(new ProblemException(ProblemKind.UNAUTHORIZED, "auth.required"), headers, uri);
    }

    /** Authenticated, but the role may not call this endpoint. */
    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, HttpHeaders headers, UriInfo uri) {
        return Problems.response(ProblemKind.FORBIDDEN, headers, uri, "auth.role.forbidden", new Object[0], List.of());
    }

    /** Bean Validation on a request body: 422 naming each field; a missing body is a 400. */
    @ServerExceptionMapper
    public Response constraintViolation(ConstraintViolationException e, HttpHeaders headers, UriInfo uri) {
        List<ConstraintViolation<?>> violations = e.getConstraintViolations().stream()
                .sorted(Comparator.comparing(v -> v.getPropertyPath().toString()))
                .toList();
        boolean bodyMissing = violations.stream().anyMatch(v -> fieldOf(v.getPropertyPath()).isEmpty());
        if (bodyMissing) {
            return Problems.response(ProblemKind.BAD_REQUEST, headers, uri, "error.body.missing", new Object[0],
                    List.of());
        }
        List<Problem.FieldError> errors = violations.stream()
                .map(v -> new Problem.FieldError(fieldOf(v.getPropertyPath()), v.getMessage()))
                .toList();
        Locale locale = Problems.locale(headers);
        return Problems.response(ProblemKind.VALIDATION, headers, uri, Messages.get(locale, "error.validation"),
                errors);
    }

    @ServerExceptionMapper
    public Response malformedJson(JsonParseException e, HttpHeaders headers, UriInfo uri) {
        var location = e.getLocation();
        return Problems.response(ProblemKind.BAD_REQUEST, headers, uri, "error.json.malformed",
                new Object[] {location == null ? 0 : location.getLineNr(), location == null ? 0 : location.getColumnNr()},
                List.of());
    }

    /** JSON that parses but does not fit: a string for a number, an unknown enum value, a malformed UUID or date. */
    @ServerExceptionMapper
    public Response mismatchedJson(MismatchedInputException e, HttpHeaders headers, UriInfo uri) {
        String field = jsonPath(e);
        if (field.isEmpty()) {
            String key = e.getMessage() != null && e.getMessage().contains("end-of-input")
                    ? "error.body.missing" : "error.json.shape";
            return Problems.response(ProblemKind.BAD_REQUEST, headers, uri, key, new Object[0], List.of());
        }
        ProblemException.FieldViolation violation = e instanceof UnrecognizedPropertyException
                ? new ProblemException.FieldViolation(field, "error.json.unknownField")
                : new ProblemException.FieldViolation(field, "error.json.type", expected(e));
        return Problems.response(ProblemKind.BAD_REQUEST, headers, uri, "error.json.type.detail", new Object[] {field},
                List.of(violation));
    }

    @ServerExceptionMapper
    public Response jsonMapping(JsonMappingException e, HttpHeaders headers, UriInfo uri) {
        // A body cut short inside a list or an object: the parser's error, wrapped on its way out of the list.
        if (e.getCause() instanceof JsonParseException parse) {
            return malformedJson(parse, headers, uri);
        }
        String field = jsonPath(e);
        return Problems.response(ProblemKind.BAD_REQUEST, headers, uri, "error.json.shape", new Object[0],
                field.isEmpty() ? List.of() : List.of(new ProblemException.FieldViolation(field, "error.json.invalid")));
    }

    @ServerExceptionMapper({ OptimisticLockException.class, StaleStateException.class })
    public Response staleVersion(RuntimeException e, HttpHeaders headers, UriInfo uri) {
        return Problems.response(ProblemKind.PRECONDITION_FAILED, headers, uri, "error.concurrentChange",
                new Object[0], List.of());
    }

    /**
     * A database constraint the services' own checks did not catch first: a row still referred to by others (a
     * delete), or a unique key hit by a concurrent write.
     */
    @ServerExceptionMapper
    public Response constraint(org.hibernate.exception.ConstraintViolationException e, HttpHeaders headers, UriInfo uri) {
        String key = FOREIGN_KEY_VIOLATION.equals(e.getSQLState()) ? "error.stillReferenced" : "error.http.conflict";
        return Problems.response(ProblemKind.CONFLICT, headers, uri, key, new Object[0], List.of());
    }

    /**
     * What the framework raises itself: unknown path (404; a deep link into the web app gets its page), wrong method
     * (405), content type (415), and so on.
     */
    @ServerExceptionMapper
    public Response web(WebApplicationException e, HttpHeaders headers, UriInfo uri, Request request) {
        if (e.getCause() instanceof JsonParseException parse) {
            return malformedJson(parse, headers, uri);
        }
        if (e.getCause() instanceof MismatchedInputException mismatch) {
            return mismatchedJson(mismatch, headers, uri);
        }
        if (e.getCause() instanceof JsonMappingException mapping) {
            return jsonMapping(mapping, headers, uri);
        }
        int status = e.getResponse() == null ? 500 : e.getResponse().getStatus();
        if (status == 404 && WebApp.isRoute(request.getMethod(), uri.getPath())) {
            return Response.ok(WebApp.index(), "text/html;charset=UTF-8").build();
        }
        ProblemKind kind = ProblemKind.ofStatus(status);
        Response problem = Problems.response(kind, headers, uri, "error.http." + kind.slug, new Object[0], List.of());
        if (status == 405 && e.getResponse().getHeaderString(HttpHeaders.ALLOW) != null) {
            return Response.fromResponse(problem).header(HttpHeaders.ALLOW, e.getResponse().getHeaderString(HttpHeaders.ALLOW)).build();
        }
        return problem;
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e, HttpHeaders headers, UriInfo uri) {
        String requestId = headers == null ? null : headers.getHeaderString(Problems.REQUEST_ID_HEADER);
        LOG.errorf(e, "Unexpected error, request %s", requestId);
        return Problems.response(ProblemKind.INTERNAL, headers, uri, "error.internal", new Object[0], List.of());
    }

    /** {@code create.request.tiers[1].minMembers} -> {@code tiers[1].minMembers}: the path inside the body. */
    public static String fieldOf(Path path) {
        StringBuilder field = new StringBuilder();
        for (Path.Node node : path) {
            if (node.getKind() == ElementKind.METHOD || node.getKind() == ElementKind.PARAMETER
                    || node.getKind() == ElementKind.CROSS_PARAMETER || node.getKind() == ElementKind.RETURN_VALUE) {
                continue;
            }
            if (node.getIndex() != null && field.length() > 0) {
                field.append('[').append(node.getIndex()).append(']');
            }
            String name = node.getName();
            if (name != null && !name.startsWith("<")) {
                if (field.length() > 0) {
                    field.append('.');
                }
                field.append(name);
            }
        }
        return field.toString();
    }

    public static String jsonPath(JsonMappingException e) {
        StringBuilder field = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                if (field.length() > 0) {
                    field.append('.');
                }
                field.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                field.append('[').append(ref.getIndex()).append(']');
            }
        }
        return field.toString();
    }

    /** The expected type in the client's terms, never a Java class name. */
    public static String expected(MismatchedInputException e) {
        Class<?> type = e.getTargetType();
        if (type == null) {
            return "?";
        }
        if (type.isEnum()) {
            return Arrays.stream(type.getEnumConstants()).map(Object::toString).collect(Collectors.joining(", "));
        }
        if (type == UUID.class) {
            return "UUID";
        }
        if (type == LocalDate.class) {
            return "YYYY-MM-DD";
        }
        if (type == OffsetDateTime.class) {
            return "ISO-8601";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true | false";
        }
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
            return "integer";
        }
        if (Number.class.isAssignableFrom(type) || type.isPrimitive()) {
            return "number";
        }
        if (type == String.class) {
            return "string";
        }
        if (List.class.isAssignableFrom(type) || type.isArray()) {
            return "array";
        }
        return "object";
    }

}
