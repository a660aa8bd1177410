package vn.nennep.common;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jboss.logging.Logger;

/**
 * Gives every request an id (the client's {@code X-Request-Id} when it is sane), returns it, and writes one log
 * line per request: method, path without the query string (it may hold names), status, duration, id. Also answers
 * unknown {@code /api} paths with a problem detail rather than the server's default page.
 */
@ApplicationScoped
public class RequestLog {

    private static final Logger LOG = Logger.getLogger("nennep.access");
    private static final Pattern SANE_ID = Pattern.compile("[A-Za-z0-9._-]{1,64}");

    private final ObjectMapper json;

    public RequestLog(ObjectMapper json) {
        this.json = json;
    }

    void install(@Observes Router router) {
        router.route().order(-1000).handler(this::tag);
        router.route("/api/*").order(Integer.MAX_VALUE - 1).handler(this::unknownApiPath);
    }

    private void tag(RoutingContext ctx) {
        String id = ctx.request().getHeader(Problems.REQUEST_ID_HEADER);
        if (id == null || !SANE_ID.matcher(id).matches()) {
            id = UUID.randomUUID().toString();
            ctx.request().headers().set(Problems.REQUEST_ID_HEADER, id);
        }
        String requestId = id;
        ctx.response().putHeader(Problems.REQUEST_ID_HEADER, requestId);
        long start = System.nanoTime();
        String method = ctx.request().method().name();
        String path = ctx.request().path();
        ctx.addEndHandler(done -> LOG.infof("%s %s %d %dms id=%s", method, path, ctx.response().getStatusCode(),
                (System.nanoTime() - start) / 1_000_000, requestId));
        ctx.next();
    }

    private void unknownApiPath(RoutingContext ctx) {
        Locale locale = Messages.negotiate(ctx.request().getHeader(HttpHeaders.ACCEPT_LANGUAGE));
        ProblemKind kind = ProblemKind.NOT_FOUND;
        Problem problem = new Problem(kind.type(), Messages.get(locale, kind.titleKey()), kind.status,
                Messages.get(locale, "error.http.not-found"), ctx.request().path(),
                ctx.request().getHeader(Problems.REQUEST_ID_HEADER), null);
        try {
            ctx.response().setStatusCode(kind.status)
                    .putHeader(HttpHeaders.CONTENT_TYPE, Problems.MEDIA_TYPE)
                    .putHeader(HttpHeaders.CONTENT_LANGUAGE, locale.toLanguageTag())
                    .end(json.writeValueAsString(problem));
        } catch (JsonProcessingException e) {
            ctx.fail(e);
        }
    }
}
