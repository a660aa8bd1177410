package vn.nennep.common;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Our own settings, under {@code nennep.*} (environment: {@code NENNEP_*}). */
@ConfigMapping(prefix = "nennep")
public interface NennepConfig {

    /** Load the demo district into an empty database at start-up ({@code NENNEP_DEMO_DATA=false} to skip). */
    @WithDefault("true")
    boolean demoData();
}
