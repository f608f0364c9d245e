package dev.tandem.agent.api;

import java.time.Instant;
import java.util.List;

import dev.tandem.agent.Conversation;
import dev.tandem.agent.Handoff;

/**
 * A conversation in the agents' queue, with what the AI understood of the latest message handed off
 * and why it came to a person.
 */
public record QueueEntry(String conversationId, Instant waitingSince, String route, String intent,
        double confidence, String language, List<Handoff.Reason> reasons, String lastMessage) {

    public static QueueEntry of(Conversation conversation, Handoff latest) {
        return new QueueEntry(conversation.id, conversation.waitingSince, latest.route, latest.intent,
                latest.confidence, latest.language, latest.reasons, latest.customerText);
    }
}
