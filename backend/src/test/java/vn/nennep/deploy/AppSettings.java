package vn.nennep.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.ConfigMappings;
import io.smallrye.config.SmallRyeConfig;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.config.spi.ConfigSource;
import vn.nennep.auth.SigningKeys;
import vn.nennep.database.DatabaseChoice;

/**
 * The environment variables the running application reads, each with where that is known from. Nothing here is a
 * list typed into the test: it is all read from the application as it runs.
 * <ul>
 *   <li>Quarkus' own settings: every extension on the class path ships its configuration model
 *   ({@code META-INF/quarkus-config-doc/quarkus-config-model.json}: property, environment name, phase, default);
 *   only those settable at run time count, since an environment variable cannot change the others.</li>
 *   <li>Our own settings: every {@code @ConfigMapping} interface of vn.nennep, property by property.</li>
 *   <li>What vn.nennep.Main reads before Quarkus starts: the constants of {@link DatabaseChoice} and
 *   {@link SigningKeys}.</li>
 *   <li>Names application.properties substitutes ({@code ${NENNEP_JSON_LOGS:false}}).</li>
 * </ul>
 * An environment name is matched to a property the way SmallRye Config does: upper case, every other character an
 * underscore. A quoted segment of a property (a named datasource, a log category) matches any name there.
 */
final class AppSettings {

    private static final Pattern SUBSTITUTED = Pattern.compile("\\$\\{([A-Z][A-Z0-9_]*)[:}]");

    /** A pattern on environment names, and what it stands for. */
    private record Setting(Pattern env, String source, String property, String phase, String defaultValue) {
    }

    private final List<Setting> settings = new ArrayList<>();

    private AppSettings() {
    }

    static AppSettings ofRunningApplication() {
        AppSettings known = new AppSettings();
        known.addQuarkusModels();
        known.addConfigMappings();
        known.addStartupNames();
        known.addSubstitutions();
        return known;
    }

    /** Why the application reads {@code envName}, or empty when it does not (or not at run time: then why not). */
    Optional<String> whyRead(String envName) {
        return settings.stream()
                .filter(s -> s.env().matcher(envName).matches())
                .filter(s -> s.phase() == null || s.phase().equals("RUN_TIME"))
                .min((a, b) -> Boolean.compare(a.env().pattern().contains("[A-Z0-9_]+"),
                        b.env().pattern().contains("[A-Z0-9_]+")))
                .map(s -> s.source() + (s.property() == null ? "" : ": " + s.property()));
    }

    /** Why {@code envName} has no effect when the application runs, or empty when it has. */
    String whyNot(String envName) {
        return settings.stream().filter(s -> s.env().matcher(envName).matches()).findFirst()
                .map(s -> s.property() + " is fixed when the application is built (" + s.phase() + ")")
                .orElse("no setting of the application has this name");
    }

    /** The built-in default of a Quarkus property ({@code quarkus.http.port}: 8080). */
    Optional<String> quarkusDefault(String property) {
        return settings.stream().filter(s -> property.equals(s.property()) && s.defaultValue() != null)
                .map(Setting::defaultValue).findFirst();
    }

    private void addQuarkusModels() {
        ObjectMapper json = new ObjectMapper();
        try {
            ClassLoader loader = Thread.currentThread().getContextClassLoader();
            for (URL model : Collections.list(
                    loader.getResources("META-INF/quarkus-config-doc/quarkus-config-model.json"))) {
                try (InputStream in = model.openStream()) {
                    for (JsonNode root : json.readTree(in).path("configRoots")) {
                        String extension = root.path("extension").path("artifactId").asText();
                        addItems(root.path("items"), extension);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (settings.isEmpty()) {
            throw new IllegalStateException("No Quarkus configuration model on the class path");
        }
    }

    private void addItems(JsonNode items, String extension) {
        for (JsonNode item : items) {
            if (item.has("items")) {
                addItems(item.path("items"), extension);
            } else if (item.path("path").has("property")) {
                String property = item.path("path").path("property").asText();
                settings.add(new Setting(envPattern(property), extension, property, item.path("phase").asText(),
                        item.path("defaultValue").asText(null)));
            }
        }
    }

    private void addConfigMappings() {
        List<JavaClass> mappings = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("vn.nennep")
                .stream().filter(c -> c.isAnnotatedWith(ConfigMapping.class)).toList();
        if (mappings.isEmpty()) {
            throw new IllegalStateException("No @ConfigMapping in vn.nennep");
        }
        for (JavaClass mapping : mappings) {
            Class<?> type = mapping.reflect();
            String prefix = type.getAnnotation(ConfigMapping.class).prefix();
            for (String property : ConfigMappings.getProperties(ConfigMappings.ConfigClass.configClass(type, prefix))
                    .keySet()) {
                settings.add(new Setting(envPattern(property), type.getName(), property, null, null));
            }
        }
    }

    private void addStartupNames() {
        Map<String, String> names = new HashMap<>();
        names.put(DatabaseChoice.JDBC_URL_ENV, "DatabaseChoice.JDBC_URL_ENV");
        names.put(DatabaseChoice.DATA_DIR_ENV, "DatabaseChoice.DATA_DIR_ENV");
        names.put(DatabaseChoice.DATABASE_ENV, "DatabaseChoice.DATABASE_ENV");
        // SigningKeys looks for each key location under its environment name before generating a pair.
        names.put(envName(SigningKeys.VERIFY_PROPERTY), "SigningKeys.VERIFY_PROPERTY");
        names.put(envName(SigningKeys.SIGN_PROPERTY), "SigningKeys.SIGN_PROPERTY");
        names.forEach((env, constant) ->
                settings.add(new Setting(Pattern.compile(Pattern.quote(env)), "vn.nennep.Main (" + constant + ")",
                        null, null, null)));
    }

    private void addSubstitutions() {
        SmallRyeConfig config = ConfigProvider.getConfig().unwrap(SmallRyeConfig.class);
        for (ConfigSource source : config.getConfigSources()) {
            if (!source.getName().contains("application.properties")) {
                continue;
            }
            for (String property : source.getPropertyNames()) {
                Matcher m = SUBSTITUTED.matcher(String.valueOf(source.getValue(property)));
                while (m.find()) {
                    settings.add(new Setting(Pattern.compile(Pattern.quote(m.group(1))),
                            "application.properties (" + property + ")", null, null, null));
                }
            }
        }
    }

    /** quarkus.datasource.jdbc.url → QUARKUS_DATASOURCE_JDBC_URL, as SmallRye Config maps environment names. */
    static String envName(String property) {
        return property.toUpperCase().replaceAll("[^A-Z0-9]", "_");
    }

    /** The environment names of a property; a quoted segment ("datasource-name") or * matches any name. */
    private static Pattern envPattern(String property) {
        StringBuilder regex = new StringBuilder();
        Matcher named = Pattern.compile("\"[^\"]*\"|\\*").matcher(property);
        int at = 0;
        while (named.find()) {
            regex.append(Pattern.quote(envName(property.substring(at, named.start())))).append("[A-Z0-9_]+");
            at = named.end();
        }
        regex.append(Pattern.quote(envName(property.substring(at))));
        return Pattern.compile(regex.toString());
    }
}
