package dev.tandem.agent;

import java.time.Instant;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

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
}
