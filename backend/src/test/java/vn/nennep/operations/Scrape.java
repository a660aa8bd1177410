package vn.nennep.operations;

import static io.restassured.RestAssured.given;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** One read of {@code /q/metrics}, in Prometheus text, and what tests ask of it. */
record Scrape(String text) {

    private static final Pattern SAMPLE = Pattern.compile("^([a-zA-Z_:][a-zA-Z0-9_:]*)(\\{[^}]*})?\\s+(\\S+)",
            Pattern.MULTILINE);
    private static final Pattern URI = Pattern.compile("\\buri=\"([^\"]*)\"");

    static Scrape now() {
        return new Scrape(given().get("/q/metrics").then().statusCode(200).extract().asString());
    }

    /** Every metric name that has at least one sample. */
    Set<String> names() {
        Set<String> names = new LinkedHashSet<>();
        Matcher m = SAMPLE.matcher(text);
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }

    /** Every value of the {@code uri} label. */
    Set<String> uris() {
        Set<String> uris = new LinkedHashSet<>();
        Matcher m = URI.matcher(text);
        while (m.find()) {
            uris.add(m.group(1));
        }
        return uris;
    }

    /** The samples of one metric, by their label set ("" when none). */
    Map<String, String> samples(String name) {
        Map<String, String> samples = new LinkedHashMap<>();
        Matcher m = SAMPLE.matcher(text);
        while (m.find()) {
            if (m.group(1).equals(name)) {
                samples.put(m.group(2) == null ? "" : m.group(2), m.group(3));
            }
        }
        return samples;
    }

    /** The value of a metric that has one sample. */
    double value(String name) {
        Map<String, String> samples = samples(name);
        if (samples.size() != 1) {
            throw new AssertionError(name + " should have one sample, has " + samples);
        }
        return Double.parseDouble(samples.values().iterator().next());
    }
}
