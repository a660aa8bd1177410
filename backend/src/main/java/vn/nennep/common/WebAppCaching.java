package vn.nennep.common;

import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * How long a browser keeps the web app's files. The scripts and styles under {@code /assets/} carry a hash of their
 * content in their names (Vite), so a browser may keep them a year without asking again. Everything else the web
 * app serves (its page at {@code /}, {@code /index.html} and every deep link, the icon) must be asked for again
 * each time ({@code no-cache}, answered 304 when unchanged): a page kept a day after an upgrade would name scripts
 * that no longer exist. The server's own default (a day, immutable, for every static file) is overridden just
 * before the headers go out. The API and {@code /q} set their own.
 */
@ApplicationScoped
public class WebAppCaching {

    static final String ASSETS = "public, max-age=31536000, immutable";
    static final String PAGE = "no-cache";

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE + 1).handler(WebAppCaching::cacheControl);
    }

    private static void cacheControl(RoutingContext ctx) {
        String path = ctx.normalizedPath();
        if (!path.startsWith("/api/") && !path.startsWith("/q/")) {
            String policy = path.startsWith("/assets/") ? ASSETS : PAGE;
            ctx.addHeadersEndHandler(ended -> {
                if (ctx.response().getStatusCode() < 400) {
                    ctx.response().headers().set("Cache-Control", policy);
                }
            });
        }
        ctx.next();
    }
}
