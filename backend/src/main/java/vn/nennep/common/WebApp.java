package vn.nennep.common;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.regex.Pattern;

/** The web app's entry page, served for its own routes (deep links such as /dang-nhap) as well as at /. */
final class WebApp {

    /** Not the API, not /q, and no file extension in the last segment. */
    private static final Pattern ROUTE = Pattern.compile("^/(?!api/|q/)(?:[^.]*/)?[^./]*$");
    private static final byte[] INDEX = load();

    private WebApp() {
    }

    static boolean isRoute(String method, String path) {
        return INDEX != null && "GET".equals(method) && ROUTE.matcher(path).matches();
    }

    static byte[] index() {
        return INDEX;
    }

    private static byte[] load() {
        try (InputStream in = WebApp.class.getClassLoader().getResourceAsStream("META-INF/resources/index.html")) {
            return in == null ? null : in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
