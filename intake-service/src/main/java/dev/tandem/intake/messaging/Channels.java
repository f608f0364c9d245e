package dev.tandem.intake.messaging;

/** The channels of intake-service; their topics and settings are in application.properties. */
public final class Channels {

    /** Out: accepted customer messages. */
    public static final String MESSAGES_RECEIVED = "messages-received";
    /** In: the messages, decisions and replies that make up the customers' timelines. */
    public static final String TIMELINE = "timeline";

    /** The CloudEvents source of what this service publishes. */
    public static final String SOURCE = "/intake-service";

    private Channels() {
    }
}
