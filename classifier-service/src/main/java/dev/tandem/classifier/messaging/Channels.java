package dev.tandem.classifier.messaging;

/** The channels of classifier-service; their topics and settings are in application.properties. */
public final class Channels {

    /** In: accepted customer messages, each to be classified. */
    public static final String MESSAGES_RECEIVED = "messages-received";
    /** Out: the messages with their classification. */
    public static final String MESSAGES_CLASSIFIED = "messages-classified";

    /** The CloudEvents source of what this service publishes. */
    public static final String SOURCE = "/classifier-service";

    private Channels() {
    }
}
