package dev.tandem.intake.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How intake-service accepts customer messages. */
@ConfigMapping(prefix = "tandem.intake")
public interface IntakeConfig {

    /** The longest customer message accepted, in characters. */
    @WithDefault("4000")
    int maxMessageLength();

    /** The secret that signs conversation access tokens; a long random value in production. */
    String tokenSecret();
}
