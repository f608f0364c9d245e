package dev.tandem.escalation.messaging;

/** The channels of escalation-service; their topics and settings are in application.properties. */
public final class Channels {

    /** In: classified customer messages, each to be decided. */
    public static final String MESSAGES_CLASSIFIED = "messages-classified";
    /** Out: who answers each message, and why. */
    public static final String ROUTING_DECISIONS = "routing-decisions";
    /** Out: the assistant's answers to automated messages. */
    public static final String REPLIES = "replies";

    /** The CloudEvents source of what this service publishes. */
    public static final String SOURCE = "/escalation-service";

    private Channels() {
    }
}
