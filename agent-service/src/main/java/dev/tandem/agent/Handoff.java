package dev.tandem.agent;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

import dev.tandem.contracts.RoutingDecision.Turn;

/** A customer message handed to a person (HUMAN) or to an agent's approval (SUGGEST), with why. */
@Entity
public class Handoff {

    /** One reason for the hand-off: a stable code and the same in plain words. */
    public record Reason(String code, String text) {
    }

    /** The customer message handed off; a redelivered decision finds it and changes nothing. */
    @Id
    @Column(name = "message_id")
    public String messageId;

    @Column(name = "conversation_id")
    public String conversationId;

    public String route;

    public String intent;

    public double confidence;

    public String language;

    @Convert(converter = ReasonsConverter.class)
    public List<Reason> reasons;

    @Column(name = "customer_text")
    public String customerText;

    @Column(name = "policy_version")
    public String policyVersion;

    @Column(name = "decided_at")
    public Instant decidedAt;

    /** The policy rule that sent the message here. */
    public String rule;

    /** {@code HIGH} for a risk flag, else {@code NORMAL}. */
    public String priority = "NORMAL";

    /** The assistant's draft for the agent to approve, edit or reject; null when it has none. */
    public String draft;

    /** The intent is in shadow mode: the draft is what the assistant would have sent. */
    public boolean shadow;

    /** The conversation up to this message, so the customer never repeats themselves. */
    @Convert(converter = TranscriptConverter.class)
    public List<Turn> transcript = List.of();

    /** What the customer-context source knows that bears on the conversation. */
    @Column(name = "customer_context")
    @Convert(converter = FactsConverter.class)
    public LinkedHashMap<String, String> customerContext = new LinkedHashMap<>();
}
