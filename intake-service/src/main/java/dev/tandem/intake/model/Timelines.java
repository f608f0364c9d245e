package dev.tandem.intake.model;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;

import jakarta.enterprise.context.ApplicationScoped;

import dev.tandem.contracts.MessageReceived;
import dev.tandem.contracts.ReplyPosted;
import dev.tandem.contracts.RoutingDecision;

/**
 * The customers' timelines, projected from the log. Applying an event twice changes nothing, and
 * events may arrive in any order across topics (a decision before its message during a replay).
 */
@ApplicationScoped
public class Timelines {

    private final Map<String, Conversation> conversations = new ConcurrentHashMap<>();

    public void apply(MessageReceived event) {
        conversation(event.conversationId()).update(event.messageId(),
                entry -> new TimelineEntry(event.messageId(), "CUSTOMER", event.occurredAt(), event.text(),
                        entry == null ? null : entry.classification(), entry == null ? null : entry.route(), null));
    }

    public void apply(RoutingDecision event) {
        var summary = new TimelineEntry.ClassificationSummary(event.classification().intent(),
                event.classification().confidence());
        conversation(event.conversationId()).update(event.messageId(),
                entry -> new TimelineEntry(event.messageId(), "CUSTOMER",
                        entry == null ? event.occurredAt() : entry.sentAt(),
                        entry == null ? null : entry.text(), summary, event.route().name(), null));
    }

    public void apply(ReplyPosted event) {
        conversation(event.conversationId()).update(event.messageId(),
                entry -> new TimelineEntry(event.messageId(), event.author().name(), event.occurredAt(), event.text(),
                        null, null, event.inReplyTo()));
    }

    /** The conversation's timeline, oldest first: messages not received yet (only decided) are left out. */
    public List<TimelineEntry> of(String conversationId) {
        Conversation conversation = conversations.get(conversationId);
        return conversation == null ? List.of() : conversation.entries();
    }

    public boolean contains(String conversationId, String messageId) {
        Conversation conversation = conversations.get(conversationId);
        return conversation != null && conversation.contains(messageId);
    }

    private Conversation conversation(String id) {
        return conversations.computeIfAbsent(id, key -> new Conversation());
    }

    private static final class Conversation {

        private final Map<String, TimelineEntry> entries = new LinkedHashMap<>();

        synchronized void update(String messageId, UnaryOperator<TimelineEntry> change) {
            entries.put(messageId, change.apply(entries.get(messageId)));
        }

        synchronized boolean contains(String messageId) {
            TimelineEntry entry = entries.get(messageId);
            return entry != null && entry.text() != null;
        }

        synchronized List<TimelineEntry> entries() {
            return entries.values().stream()
                    .filter(entry -> entry.text() != null)
                    .sorted(Comparator.comparing(TimelineEntry::sentAt))
                    .toList();
        }
    }
}
