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

    Imports imports();

    Metrics metrics();

    /** The largest request body of the API other than imports (413 beyond). */
    @WithDefault("10M")
    io.quarkus.runtime.configuration.MemorySize maxBodySize();

    /** Bulk import (POST /imports/{resource}). */
    interface Imports {
        /** The largest body accepted (413 beyond, before reading when Content-Length says so). */
        @WithDefault("512M")
        io.quarkus.runtime.configuration.MemorySize maxBodySize();

        /** Rows checked and written together (one set-based lookup and one batch per chunk). */
        @WithDefault("2000")
        int chunkSize();

        /**
         * How often an instance says that its running imports are alive, and looks for imports whose instance died
         * (a running job without a sign of life for {@link #staleAfter()}).
         */
        @WithDefault("5s")
        Duration heartbeatEvery();

        /** A running import without a sign of life for this long is marked FAILED: its instance died. */
        @WithDefault("60s")
        Duration staleAfter();
    }

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

    /** What /q/metrics reads from the database (vn.nennep.operations.DatabaseGauges). */
    interface Metrics {
        /** How often the database gauges are read; never at scrape time. Older than three periods, they read NaN. */
        @WithDefault("15s")
        Duration refreshEvery();
    }
}
