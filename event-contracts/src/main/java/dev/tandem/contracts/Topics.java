package dev.tandem.contracts;

import java.util.List;

/** The Kafka topics. Every record of a conversation is keyed by its conversation id. */
public final class Topics {

    /** A customer message, redacted, as accepted by intake-service. */
    public static final String MESSAGES_RECEIVED = "cx.messages.received";
    /** A customer message with its classification, from classifier-service. */
    public static final String MESSAGES_CLASSIFIED = "cx.messages.classified";
    /** What escalation-service decided for a classified message, and why. */
    public static final String ROUTING_DECISIONS = "cx.routing.decisions";
    /** A reply to the customer, from the assistant or from an agent. */
    public static final String REPLIES = "cx.replies";

    /** An agent gives a conversation back to the assistant. */
    public static final String HANDBACKS = "cx.handbacks";
    /** Who changed the automation policy, when, and what changed. */
    public static final String POLICY_CHANGES = "cx.policy.changes";

    /** The topics of a conversation's flow, in the order a message crosses them. */
    public static final List<String> FLOW = List.of(MESSAGES_RECEIVED, MESSAGES_CLASSIFIED, ROUTING_DECISIONS, REPLIES);

    /** Every topic but the dead-letter ones. */
    public static final List<String> ALL = List.of(MESSAGES_RECEIVED, MESSAGES_CLASSIFIED, ROUTING_DECISIONS, REPLIES,
            HANDBACKS, POLICY_CHANGES);

    /** The dead-letter topic of a consumer: what it could never process, with the reason in headers. */
    public static String deadLetter(String consumer) {
        return "cx.dlq." + consumer;
    }

    private Topics() {
    }
}
