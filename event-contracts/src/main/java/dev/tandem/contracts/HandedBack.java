package dev.tandem.contracts;

import java.time.Instant;

/**
 * An agent gives a conversation back to the assistant ({@value Topics#HANDBACKS}); until then,
 * every message of a conversation handed to a person goes to a person.
 *
 * @param messageId the hand-back's own id
 * @param agent     the agent's user name
 */
public record HandedBack(String conversationId, String messageId, Instant occurredAt, String agent) implements CxEvent {

    public static final String TYPE = "dev.tandem.cx.conversation.handed-back.v1";

    public HandedBack {
        Require.envelope(conversationId, messageId, occurredAt);
        Require.text(agent, "agent");
    }

    @Override
    public String eventType() {
        return TYPE;
    }

    @Override
    public String eventId() {
        return "handed-back:" + messageId;
    }
}
