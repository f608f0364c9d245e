package dev.tandem.escalation.conversation;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import dev.tandem.contracts.HandedBack;
import dev.tandem.contracts.Route;
import dev.tandem.contracts.RoutingDecision;

/**
 * What the policy's conversation rules need: who holds the conversation, how many automated answers
 * in a row, whether the customer was asked to rephrase, the last automated intent and the last
 * sentiment. It changes only through {@link #after(RoutingDecision)} and {@link #after(HandedBack)},
 * so folding a conversation's decisions and hand-backs from the log rebuilds it.
 */
@Entity
@Table(name = "conversation_state")
public class ConversationState {

    public enum Holder {
        /** The assistant may answer, as the policy allows. */
        ASSISTANT,
        /** A person holds the conversation until an agent hands it back. */
        AGENT
    }

    @Id
    @Column(name = "conversation_id")
    public String conversationId;

    @Enumerated(EnumType.STRING)
    public Holder holder = Holder.ASSISTANT;

    /** Automated answers since a person last answered. */
    @Column(name = "automated_turns")
    public int automatedTurns;

    /** Times the customer was asked to rephrase since the last message understood. */
    @Column(name = "rephrase_requests")
    public int rephraseRequests;

    /** The intent the assistant answered last; asking it again means the answer did not help. */
    @Column(name = "last_automated_intent")
    public String lastAutomatedIntent;

    /** The sentiment label of the customer's previous message. */
    @Column(name = "last_sentiment")
    public String lastSentiment;

    @Column(name = "updated_at")
    public Instant updatedAt;

    public static ConversationState opened(String conversationId) {
        ConversationState state = new ConversationState();
        state.conversationId = conversationId;
        return state;
    }

    public boolean withAgent() {
        return holder == Holder.AGENT;
    }

    /** The conversation after a routing decision on one of its messages. */
    public ConversationState after(RoutingDecision decision) {
        switch (decision.route()) {
            case HUMAN -> {
                holder = Holder.AGENT;
                automatedTurns = 0;
                lastAutomatedIntent = null;
            }
            case SUGGEST -> {
                automatedTurns = 0;
                lastAutomatedIntent = null;
            }
            case AUTOMATE -> {
                automatedTurns++;
                lastAutomatedIntent = decision.classification().intent();
            }
            case CLARIFY -> rephraseRequests++;
        }
        if (decision.route() != Route.CLARIFY) {
            rephraseRequests = 0;
        }
        lastSentiment = decision.classification().sentiment().label();
        updatedAt = decision.occurredAt();
        return this;
    }

    /** An agent gave the conversation back to the assistant: it starts afresh. */
    public ConversationState after(HandedBack handedBack) {
        holder = Holder.ASSISTANT;
        automatedTurns = 0;
        rephraseRequests = 0;
        lastAutomatedIntent = null;
        updatedAt = handedBack.occurredAt();
        return this;
    }
}
