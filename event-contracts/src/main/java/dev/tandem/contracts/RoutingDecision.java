package dev.tandem.contracts;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Who answers a customer message and why ({@value Topics#ROUTING_DECISIONS}). A decision explains
 * itself: the rule that fired, the reasons, the classification used and the confidence compared.
 *
 * @param reasons        why this route, most important first
 * @param classification the classification the decision used
 * @param policyVersion  the version of the automation policy that decided
 * @param text           the customer's (redacted) message, so the agent sees it without a lookup
 * @param rule           the policy rule that decided the route, e.g. {@code safety_flag}
 * @param priority       how urgently a person should answer
 * @param threshold      the confidence compared with the intent's minimum, when the rule compared them
 * @param draft          for an agent to approve, edit or reject (SUGGEST); in shadow mode, what the
 *                       assistant would have sent
 * @param shadow         the intent is in shadow mode: routed to an agent, while recording what the
 *                       assistant would have done
 * @param handoff        what the agent needs so the customer never repeats themselves (HUMAN, SUGGEST)
 */
public record RoutingDecision(
        String conversationId,
        String messageId,
        Instant occurredAt,
        Route route,
        List<Reason> reasons,
        Classification classification,
        String policyVersion,
        String text,
        String rule,
        Priority priority,
        Threshold threshold,
        String draft,
        Boolean shadow,
        Handoff handoff) implements CxEvent {

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
        Require.text(rule, "rule");
        Require.present(priority, "priority");
        // A Boolean, not a boolean, so that a record missing everything is reported by its first field.
        Require.present(shadow, "shadow");
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

    public enum Priority {
        /** A risk flag: a person should answer before anything else. */
        HIGH,
        NORMAL
    }

    /**
     * @param confidence the classifier's confidence in the intent
     * @param minimum    the lowest confidence the policy automates the intent at
     * @param source     where the minimum comes from: {@code model} (its shipped threshold for the
     *                   operator's target precision) or {@code policy} (set in the policy file)
     */
    public record Threshold(double confidence, double minimum, String source) {
        public Threshold {
            Require.probability(confidence, "threshold.confidence");
            Require.probability(minimum, "threshold.minimum");
            Require.text(source, "threshold.source");
        }
    }

    /**
     * @param transcript the conversation so far, oldest first, this message last
     * @param customer   what the customer-context source knows that bears on the conversation, as
     *                   labelled facts, e.g. {@code "order 1234" -> "shipped on 18 Nov, due 21 Nov"}
     */
    public record Handoff(List<Turn> transcript, Map<String, String> customer) {
        public Handoff {
            transcript = Require.list(transcript);
            customer = customer == null ? Map.of() : customer;
        }
    }

    /**
     * One message of the transcript.
     *
     * @param author     {@code customer}, {@code assistant} or {@code agent}
     * @param intent     for a customer message: the intent classified, with its confidence
     * @param route      for a customer message: how it was routed
     */
    public record Turn(String messageId, Instant occurredAt, String author, String text, String intent,
            Double confidence, Route route) {
        public Turn {
            Require.text(messageId, "turn.messageId");
            Require.present(occurredAt, "turn.occurredAt");
            Require.text(author, "turn.author");
            Require.text(text, "turn.text");
        }
    }
}
