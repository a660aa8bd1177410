package vn.nennep.common;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Locale;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * A body announced larger than {@code quarkus.http.limits.max-body-size} is refused before it is read, with a problem
 * detail rather than the server's bare 413. (Everything else, unknown paths included, goes through JAX-RS and
 * {@link ProblemMappers}.)
 */
@ApplicationScoped
public class EdgeRoutes {

    private final ObjectMapper json;
    private final long maxBodyBytes;

    public EdgeRoutes(ObjectMapper json, @ConfigProperty(name = "quarkus.http.limits.max-body-size") MemorySize max) {
        this.json = json;
        this.maxBodyBytes = max.asLongValue();
    }

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).handler(this::refuseOversized);
    }

    private void refuseOversized(RoutingContext ctx) {
        String length = ctx.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        if (length == null || !length.chars().allMatch(Character::isDigit) || length.length() > 18
                || Long.parseLong(length) <= maxBodyBytes) {
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
