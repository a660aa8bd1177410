package vn.nennep.database;

import java.util.Map;

/**
 * What {@link DatabaseChoice#decide} needs to know about the machine: gathered by
 * {@link DatabaseBootstrap#probe()}, built by hand in tests.
 *
 * @param env              environment variables
 * @param systemProperties system properties
 * @param root             whether the process runs as root (PostgreSQL refuses to)
 * @param serverAnswers    whether something answers on 127.0.0.1:5432
 * @param serverInstalled  whether a PostgreSQL cluster is installed on this machine
 */
public record StartupFacts(
        Map<String, String> env,
        Map<String, String> systemProperties,
        boolean root,
        boolean serverAnswers,
        boolean serverInstalled) {

    public StartupFacts {
        env = Map.copyOf(env);
        systemProperties = Map.copyOf(systemProperties);
    }

    /** The environment variable, or {@code null} if unset or blank. */
    String env(String variable) {
        String value = env.get(variable);
        return value == null || value.isBlank() ? null : value;
    }

    /** The system property if set, else the environment variable, else {@code null}; blank counts as unset. */
    String setting(String property, String envVariable) {
        String value = systemProperties.get(property);
        return value == null || value.isBlank() ? env(envVariable) : value;
    }
}
