package dev.tandem.escalation.messaging;

/** The channels of escalation-service; their topics and settings are in application.properties. */
public final class Channels {

    /** In: classified customer messages, each to be decided. */
    public static final String MESSAGES_CLASSIFIED = "messages-classified";
    /** In: every reply, for the agents' answers. */
    public static final String REPLIES = "replies";
    /** In: conversations agents give back to the assistant. */
    public static final String HANDBACKS = "handbacks";
    /** In: policy changes, as every instance puts them in force. */
    public static final String POLICY_CHANGES = "policy-changes";
    /** Out: who answers each message, and why. */
    public static final String ROUTING_DECISIONS = "routing-decisions";
    /** Out: what the assistant tells the customer. */
    public static final String ASSISTANT_REPLIES = "assistant-replies";
    /** Out: policy changes made through this instance's API. */
    public static final String POLICY_CHANGES_OUT = "policy-changes-out";

    /** The CloudEvents source of what this service publishes. */
    public static final String SOURCE = "/escalation-service";

    private Channels() {
    }
}
