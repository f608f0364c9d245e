package dev.tandem.escalation.conversation;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import dev.tandem.contracts.Route;
import dev.tandem.contracts.RoutingDecision.Turn;

/** One message of a conversation's transcript: the customer's, the assistant's or an agent's. */
@Entity
@Table(name = "transcript_entry")
public class TranscriptEntry {

    public static final String CUSTOMER = "customer";
    public static final String ASSISTANT = "assistant";
    public static final String AGENT = "agent";

    @Id
    @Column(name = "message_id")
    public String messageId;

    @Column(name = "conversation_id")
    public String conversationId;

    @Column(name = "occurred_at")
    public Instant occurredAt;

    public String author;

    public String text;

    /** For a customer message: what it was classified as, and how it was routed. */
    public String intent;

    public Double confidence;

    @Enumerated(EnumType.STRING)
    public Route route;

    /** For a customer message: the decision published, as sent, to publish again on redelivery. */
    @Column(name = "decision_event")
    public String decisionEvent;

    /** For a customer message: the assistant's reply to it, if any, as sent. */
    @Column(name = "reply_event")
    public String replyEvent;

    /** Shadow mode: what the assistant would have sent. */
    @Column(name = "shadow_draft")
    public String shadowDraft;

    /** Shadow mode: whether the agent's answer agreed with it; null until the agent answers. */
    @Column(name = "shadow_agreed")
    public Boolean shadowAgreed;

    public static TranscriptEntry of(String messageId, String conversationId, Instant occurredAt, String author,
            String text) {
        TranscriptEntry entry = new TranscriptEntry();
        entry.messageId = messageId;
        entry.conversationId = conversationId;
        entry.occurredAt = occurredAt;
        entry.author = author;
        entry.text = text;
        return entry;
    }

    public Turn turn() {
        return new Turn(messageId, occurredAt, author, text, intent, confidence, route);
    }
}
