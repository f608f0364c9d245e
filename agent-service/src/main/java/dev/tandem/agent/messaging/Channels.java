package dev.tandem.agent.messaging;

/** The channels of agent-service; their topics and settings are in application.properties. */
public final class Channels {

    /** In: routing decisions; the HUMAN and SUGGEST ones are hand-offs. */
    public static final String ROUTING_DECISIONS = "routing-decisions";
    /** In: every reply, to keep the transcript and the queue up to date. */
    public static final String REPLIES = "replies";
    /** Out: the agents' replies. */
    public static final String AGENT_REPLIES = "agent-replies";
    /** Out: conversations agents give back to the assistant. */
    public static final String HANDBACKS = "handbacks";

    /** The CloudEvents source of what this service publishes. */
    public static final String SOURCE = "/agent-service";

    private Channels() {
    }
}
