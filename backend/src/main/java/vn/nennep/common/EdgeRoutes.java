package vn.nennep.common;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Locale;
import io.quarkus.vertx.http.runtime.VertxHttpRecorder;

/**
 * A body announced larger than {@code nennep.max-body-size} (imports: {@code nennep.imports.max-body-size}) is refused before it is read, with a problem
 * detail rather than the server's bare 413. (Everything else, unknown paths included, goes through JAX-RS and
 * {@link ProblemMappers}.)
 */
@ApplicationScoped
public class EdgeRoutes {

    /** Bulk imports take bodies up to their own limit; {@code quarkus.http.limits.max-body-size} is set to it. */
    static final String IMPORTS = "/api/v1/imports/";

    private final ObjectMapper json;
    private final long maxBodyBytes;
    private final long maxImportBytes;

    public EdgeRoutes(ObjectMapper json, NennepConfig config) {
        this.json = json;
        this.maxBodyBytes = config.maxBodySize().asLongValue();
        this.maxImportBytes = config.imports().maxBodySize().asLongValue();
    }

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).handler(this::refuseOversized);
        // After the server's own limit handler (order -2), which lets a chunked body run up to the import limit:
        // every other path keeps the API's limit while its body is read.
        router.route().order(-1).handler(this::limitChunked);
    }

    private void limitChunked(RoutingContext ctx) {
        if (ctx.request().getHeader(HttpHeaders.CONTENT_LENGTH) == null
                && !ctx.request().path().startsWith(IMPORTS)) {
            ctx.put(VertxHttpRecorder.MAX_REQUEST_SIZE_KEY, maxBodyBytes);
        }
        ctx.next();
    }

    private void refuseOversized(RoutingContext ctx) {
        String length = ctx.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        long limit = ctx.request().path().startsWith(IMPORTS) ? maxImportBytes : maxBodyBytes;
        if (length == null || !length.chars().allMatch(Character::isDigit) || length.length() > 18
                || Long.parseLong(length) <= limit) {
            ctx.next();
            return;
        }
        ProblemKind kind = ProblemKind.PAYLOAD_TOO_LARGE;
        Locale locale = Messages.negotiate(ctx.request().getHeader(HttpHeaders.ACCEPT_LANGUAGE));
        Problem problem = new Problem(kind.type(), Messages.get(locale, kind.titleKey()), kind.status,
                Messages.get(locale, "error.http.payload-too-large"), ctx.request().path(),
                ctx.request().getHeader(Problems.REQUEST_ID_HEADER), null);
        try {
            ctx.response().setStatusCode(kind.status)
                    .putHeader(HttpHeaders.CONTENT_TYPE, Problems.MEDIA_TYPE)
                    .putHeader(HttpHeaders.CONTENT_LANGUAGE, locale.toLanguageTag())
                    .putHeader(HttpHeaders.CONNECTION, "close")
                    .end(json.writeValueAsString(problem));
        } catch (JsonProcessingException e) {
            ctx.fail(e);
        }
    }
}
