package dev.tandem.escalation.config;

import java.util.Set;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The minimal automation policy: which messages the assistant may answer on its own. */
@ConfigMapping(prefix = "tandem.escalation")
public interface EscalationConfig {

    /** The lowest classifier confidence the assistant acts on; anything below goes to a person. */
    @WithDefault("0.75")
    @DecimalMin("0")
    @DecimalMax("1")
    double minConfidence();

    /** The intents the assistant answers on its own, when an approved template exists in the customer's language. */
    @WithDefault("track_order,delivery_period,delivery_options,check_payment_methods,check_refund_policy,"
            + "contact_customer_service,newsletter_subscription")
    Set<String> automatedIntents();

    /** Recorded on every decision, so each one can be traced to the policy that made it. */
    @WithDefault("minimal-1")
    String policyVersion();
}
