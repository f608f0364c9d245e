package dev.tandem.contracts;

import java.time.Instant;

/**
 * A reply to the customer ({@value Topics#REPLIES}).
 *
 * @param messageId the reply's own id
 * @param inReplyTo the customer message it answers, when there is one
 * @param author    who wrote it
 * @param agent     the agent's user name when {@code author} is {@code AGENT}
 */
public record ReplyPosted(
        String conversationId,
        String messageId,
        Instant occurredAt,
        String inReplyTo,
        Author author,
        String agent,
        String text) implements CxEvent {

    public static final String TYPE = "dev.tandem.cx.reply.posted.v1";

    public enum Author {
        ASSISTANT, AGENT
    }

    public ReplyPosted {
        Require.envelope(conversationId, messageId, occurredAt);
        Require.present(author, "author");
        if (author == Author.AGENT) {
            Require.text(agent, "agent");
        }
        Require.text(text, "text");
    }

    @Override
    public String eventType() {
        return TYPE;
    }

    @Override
    public String eventId() {
        return "reply:" + messageId;
    }
}
