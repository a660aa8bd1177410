package vn.nennep.common;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Optional;

/** Our own settings, under {@code nennep.*} (environment: {@code NENNEP_*}); an unknown key fails start-up. */
@ConfigMapping(prefix = "nennep")
public interface NennepConfig {

    /** Load the demo district into an empty database at start-up ({@code NENNEP_DEMO_DATA=false} to skip). */
    @WithDefault("true")
    boolean demoData();

    Admin admin();

    Auth auth();

    /** The first system administrator of an automated deployment, created while none exists. */
    interface Admin {
        Optional<String> username();

        Optional<String> password();
    }

    interface Auth {
        /** How long an access token is valid. */
        @WithDefault("PT15M")
        Duration accessTokenLifetime();

        /** How long a refresh token is valid (it is usable once). */
        @WithDefault("PT12H")
        Duration refreshTokenLifetime();

        Throttle throttle();
    }

    /** Failed logins within 15 minutes after which attempts are slowed, then refused (429). */
    interface Throttle {
        @WithDefault("3")
        int accountSlowAfter();

        @WithDefault("8")
        int accountBlockAfter();

        @WithDefault("10")
        int addressSlowAfter();

        @WithDefault("50")
        int addressBlockAfter();
    }
}
