package vn.nennep.common;

import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The last word on which responses are compressed (quarkus.http.enable-compression; gzip or brotli, as the client
 * accepts): those of a compressible type ({@code quarkus.http.compress-media-types}: the web app's scripts and styles,
 * JSON, problem details, CSV) of {@value #MIN_BYTES} bytes or more, whoever wrote them. Quarkus on its own compresses
 * its static files and the resource methods' answers, also the smallest, but not the problems our mappers write.
 */
@ApplicationScoped
public class Compression {

    /** Below this, compressing saves a few bytes at best (and costs a few microseconds). */
    public static final long MIN_BYTES = 1024;

    private final Set<String> compressible;

    public Compression(@ConfigProperty(name = "quarkus.http.compress-media-types") List<String> mediaTypes) {
        this.compressible = mediaTypes.stream().map(type -> type.trim().toLowerCase(Locale.ROOT))
                .collect(Collectors.toUnmodifiableSet());
    }

    void install(@Observes Router router) {
        // Headers-end handlers run last-added first: this one, added before any other, decides last.
        router.route().order(Integer.MIN_VALUE).handler(ctx -> {
            ctx.addHeadersEndHandler(ignored -> decide(ctx.response().headers()));
            ctx.next();
        });
    }

    private void decide(MultiMap headers) {
        String encoding = headers.get(HttpHeaders.CONTENT_ENCODING);
        if (encoding != null && !HttpHeaders.IDENTITY.toString().equalsIgnoreCase(encoding)) {
            return; // a body that is encoded already
        }
        if (worthCompressing(headers.get(HttpHeaders.CONTENT_TYPE), headers.get(HttpHeaders.CONTENT_LENGTH),
                compressible)) {
            headers.remove(HttpHeaders.CONTENT_ENCODING); // the server compresses what the client accepts
            String vary = headers.get(HttpHeaders.VARY);
            if (vary == null || !vary.toLowerCase(Locale.ROOT).contains("accept-encoding")) {
                headers.add(HttpHeaders.VARY, "Accept-Encoding");
            }
        } else {
            headers.set(HttpHeaders.CONTENT_ENCODING, HttpHeaders.IDENTITY); // sent as it is
        }
    }

    /**
     * Whether a response of this type and length is compressed: its media type (without parameters) is one of
     * {@code compressible}, and its length is unknown (streamed) or at least {@value #MIN_BYTES} bytes.
     */
    static boolean worthCompressing(String contentType, String contentLength, Set<String> compressible) {
        if (contentType == null) {
            return false;
        }
        int parameters = contentType.indexOf(';');
        String mediaType = (parameters < 0 ? contentType : contentType.substring(0, parameters)).trim()
                .toLowerCase(Locale.ROOT);
        if (!compressible.contains(mediaType)) {
            return false;
        }
        if (contentLength == null) {
            return true;
        }
        try {
            return Long.parseLong(contentLength.trim()) >= MIN_BYTES;
        } catch (NumberFormatException e) {
            return true;
        }
    }
}
