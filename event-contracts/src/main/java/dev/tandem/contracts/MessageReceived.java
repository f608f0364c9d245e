package dev.tandem.contracts;

import java.time.Instant;
import java.util.List;

/**
 * A customer message accepted by intake-service ({@value Topics#MESSAGES_RECEIVED}).
 *
 * @param text       the message with personal data replaced by placeholders such as {@code [email]}
 * @param redactions the kinds of personal data that were redacted, e.g. {@code email}, {@code card}
 */
public record MessageReceived(
        String conversationId,
        String messageId,
        Instant occurredAt,
        String channel,
        String text,
        List<String> redactions) implements CxEvent {

    public static final String TYPE = "dev.tandem.cx.message.received.v1";

    public MessageReceived {
        Require.envelope(conversationId, messageId, occurredAt);
        Require.text(channel, "channel");
        Require.text(text, "text");
        redactions = Require.list(redactions);
    }

    @Override
    public String eventType() {
        return TYPE;
    }

    @Override
    public String eventId() {
        return "received:" + messageId;
    }
}
