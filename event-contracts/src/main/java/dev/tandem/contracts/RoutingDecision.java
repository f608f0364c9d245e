package dev.tandem.contracts;

import java.time.Instant;
import java.util.List;

/**
 * Who answers a customer message and why ({@value Topics#ROUTING_DECISIONS}).
 *
 * @param reasons        why this route, most important first
 * @param classification the classification the decision used
 * @param policyVersion  the version of the automation policy that decided
 * @param text           the customer's (redacted) message, so the agent sees it without a lookup
 */
public record RoutingDecision(
        String conversationId,
        String messageId,
        Instant occurredAt,
        Route route,
        List<Reason> reasons,
        Classification classification,
        String policyVersion,
        String text) implements CxEvent {

    public static final String TYPE = "dev.tandem.cx.routing.decided.v1";

    public RoutingDecision {
        Require.envelope(conversationId, messageId, occurredAt);
        Require.present(route, "route");
        reasons = Require.list(reasons);
        if (reasons.isEmpty()) {
            throw new IllegalArgumentException("reasons must name at least one reason");
        }
        Require.present(classification, "classification");
        Require.text(policyVersion, "policyVersion");
        Require.text(text, "text");
    }

    @Override
    public String eventType() {
        return TYPE;
    }

    @Override
    public String eventId() {
        return "decided:" + messageId;
    }

    /** @param code stable, machine-readable; text says it in plain words for an agent */
    public record Reason(String code, String text) {
        public Reason {
            Require.text(code, "reason.code");
            Require.text(text, "reason.text");
        }
    }
}
