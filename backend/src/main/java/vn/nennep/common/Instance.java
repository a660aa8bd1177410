package vn.nennep.common;

import java.net.InetAddress;

/**
 * This running instance of the application, as other instances and operators see it in the database: the host name
 * (in Kubernetes, the pod's name) and the process id, e.g. {@code nennep-7c9f-2xk4q:1}. Not a secret, not personal.
 */
public final class Instance {

    public static final String NAME = host() + ":" + ProcessHandle.current().pid();

    private Instance() {
    }

    private static String host() {
        String fromEnv = System.getenv("HOSTNAME");
        if (fromEnv != null && !fromEnv.isBlank()) {
            return fromEnv.strip();
        }
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (Exception unknown) {
            return "unknown-host";
        }
    }
}
