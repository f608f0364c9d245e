package dev.tandem.contracts;

import java.time.Instant;

/**
 * A customer message with its classification ({@value Topics#MESSAGES_CLASSIFIED}).
 *
 * @param receivedAt when intake-service accepted the message, so the time to a decision can be measured
 */
public record MessageClassified(
        String conversationId,
        String messageId,
        Instant occurredAt,
        Instant receivedAt,
        String text,
        Classification classification) implements CxEvent {

    public static final String TYPE = "dev.tandem.cx.message.classified.v1";

    public MessageClassified {
        Require.envelope(conversationId, messageId, occurredAt);
        Require.present(receivedAt, "receivedAt");
        Require.text(text, "text");
        Require.present(classification, "classification");
    }

    @Override
    public String eventType() {
        return TYPE;
    }

    @Override
    public String eventId() {
        return "classified:" + messageId;
    }
}
