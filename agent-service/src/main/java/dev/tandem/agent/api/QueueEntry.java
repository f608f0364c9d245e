package dev.tandem.agent.api;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import dev.tandem.agent.Conversation;
import dev.tandem.agent.Handoff;
import dev.tandem.contracts.RoutingDecision.Turn;

/**
 * A conversation in the agents' queue, with what the AI understood of the latest message handed off
 * and why it came to a person.
 */
public record QueueEntry(String conversationId, String priority, Instant waitingSince, String route, String rule,
        String intent, double confidence, String language, List<Handoff.Reason> reasons, String lastMessage,
        String draft, boolean shadow, List<Turn> transcript, Map<String, String> customer) {

    public static QueueEntry of(Conversation conversation, Handoff latest) {
        return new QueueEntry(conversation.id, conversation.priority, conversation.waitingSince, latest.route,
                latest.rule, latest.intent, latest.confidence, latest.language, latest.reasons, latest.customerText,
                latest.draft, latest.shadow, latest.transcript, latest.customerContext);
    }
}
