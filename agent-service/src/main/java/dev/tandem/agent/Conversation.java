package dev.tandem.agent;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;

/** A conversation as the agents see it: is a customer waiting for a person, and since when. */
@Entity
public class Conversation {

    public enum Status {
        /** A customer waits for a person: the conversation is in the queue. */
        WAITING,
        /** An agent answered; a new hand-off puts it back in the queue. */
        ANSWERED
    }

    @Id
    public String id;

    @Enumerated(EnumType.STRING)
    public Status status;

    @Column(name = "waiting_since")
    public Instant waitingSince;

    @Column(name = "last_activity_at")
    public Instant lastActivityAt;

    /** {@code HIGH} while a risk flag waits for an answer: it goes first in the queue. */
    public String priority = NORMAL;

    static final String HIGH = "HIGH";
    static final String NORMAL = "NORMAL";

    public static Conversation opened(String id, Instant at) {
        Conversation conversation = new Conversation();
        conversation.id = id;
        conversation.status = Status.ANSWERED;
        conversation.lastActivityAt = at;
        return conversation;
    }

    /**
     * The customer now waits for a person; someone already waiting keeps their place in the queue, and
     * a risk flag moves them ahead of the others until an agent answers.
     */
    public void handedOff(Instant at, String handoffPriority) {
        if (status != Status.WAITING) {
            status = Status.WAITING;
            waitingSince = at;
        }
        if (HIGH.equals(handoffPriority)) {
            priority = HIGH;
        }
        touched(at);
    }

    public void answeredByAgent(Instant at) {
        status = Status.ANSWERED;
        waitingSince = null;
        priority = NORMAL;
        touched(at);
    }

    private void touched(Instant at) {
        if (lastActivityAt == null || at.isAfter(lastActivityAt)) {
            lastActivityAt = at;
        }
    }
}
