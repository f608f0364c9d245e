package dev.tandem.escalation.service;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import dev.tandem.contracts.HandedBack;
import dev.tandem.contracts.ReplyPosted;
import dev.tandem.escalation.conversation.ConversationStates;
import dev.tandem.escalation.conversation.TranscriptEntry;
import dev.tandem.escalation.conversation.Transcripts;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;

/**
 * What happens in a conversation besides the customer's messages: agents' replies join the
 * transcript (and, in shadow mode, are compared with what the assistant would have sent), and a
 * hand-back gives the conversation to the assistant again. Each event is applied once.
 */
@ApplicationScoped
public class ConversationLog {

    /** Word overlap from which an agent's answer counts as agreeing with the assistant's draft. */
    static final double AGREEMENT = 0.6;

    private final Transcripts transcripts;
    private final ConversationStates states;
    private final DecisionMetrics metrics;

    public ConversationLog(Transcripts transcripts, ConversationStates states, DecisionMetrics metrics) {
        this.transcripts = transcripts;
        this.states = states;
        this.metrics = metrics;
    }

    @WithTransaction
    public Uni<Void> record(ReplyPosted reply) {
        if (reply.author() != ReplyPosted.Author.AGENT) {
            // The assistant's replies are recorded when decided.
            return Uni.createFrom().voidItem();
        }
        return transcripts.findById(reply.messageId()).chain(known -> known != null ? Uni.createFrom().voidItem()
                : transcripts.pendingShadow(reply.conversationId()).chain(shadow -> {
                    if (shadow != null) {
                        shadow.shadowAgreed = agrees(shadow.shadowDraft, reply.text());
                        metrics.shadowAnswered(shadow.intent, shadow.shadowAgreed);
                    }
                    TranscriptEntry entry = TranscriptEntry.of(reply.messageId(), reply.conversationId(),
                            reply.occurredAt(), TranscriptEntry.AGENT, reply.text());
                    return transcripts.persist(entry).replaceWithVoid();
                }));
    }

    @WithTransaction
    public Uni<Void> record(HandedBack handedBack) {
        return states.findById(handedBack.conversationId())
                .invoke(state -> {
                    if (state != null) {
                        state.after(handedBack);
                    }
                })
                .replaceWithVoid();
    }

    /** Whether two answers say much the same: the share of their words in common (Jaccard). */
    static boolean agrees(String draft, String answer) {
        if (draft == null) {
            return false;
        }
        Set<String> a = words(draft);
        Set<String> b = words(answer);
        Set<String> both = new HashSet<>(a);
        both.retainAll(b);
        Set<String> either = new HashSet<>(a);
        either.addAll(b);
        return !either.isEmpty() && (double) both.size() / either.size() >= AGREEMENT;
    }

    private static Set<String> words(String text) {
        return Arrays.stream(text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+"))
                .filter(w -> !w.isEmpty()).collect(Collectors.toSet());
    }
}
