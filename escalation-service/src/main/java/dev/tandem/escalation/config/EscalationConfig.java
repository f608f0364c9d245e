package dev.tandem.escalation.config;

import java.time.Duration;
import java.util.Optional;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How escalation-service runs; what it decides is the policy file's business. */
@ConfigMapping(prefix = "tandem.escalation")
public interface EscalationConfig {

    /**
     * The policy file (YAML) loaded at start and by {@code POST /api/v1/policy/reload}; without it,
     * the default policy built into the service. A policy changed through the API since is loaded
     * instead, from the database.
     */
    Optional<String> policyFile();

    /** How long the customer-context source may take; after that, the customer goes to a person. */
    @WithDefault("2S")
    Duration contextTimeout();

    /** The most recent messages a hand-off carries. */
    @WithDefault("50")
    @Min(1)
    @Max(500)
    int transcriptLimit();
}
