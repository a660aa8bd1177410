package vn.nennep.common;

import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jboss.logging.Logger;

/**
 * Gives every request an id (the client's {@code X-Request-Id} when it is sane), returns it, and writes one log
 * line per request: method, path without the query string (it may hold names), status, duration, id.
 */
@ApplicationScoped
public class RequestLog {

    private static final Logger LOG = Logger.getLogger("nennep.access");
    private static final Pattern SANE_ID = Pattern.compile("[A-Za-z0-9._-]{1,64}");

    void install(@Observes Router router) {
        router.route().order(-1000).handler(this::tag);
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
}
