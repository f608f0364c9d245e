package dev.tandem.contracts;

import java.time.Instant;

/** A customer message with its classification ({@value Topics#MESSAGES_CLASSIFIED}). */
public record MessageClassified(
        String conversationId,
        String messageId,
        Instant occurredAt,
        String text,
        Classification classification) implements CxEvent {

    public static final String TYPE = "dev.tandem.cx.message.classified.v1";

    public MessageClassified {
        Require.envelope(conversationId, messageId, occurredAt);
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
