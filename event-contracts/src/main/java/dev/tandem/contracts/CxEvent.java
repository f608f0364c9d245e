package dev.tandem.contracts;

import java.time.Instant;

/**
 * What every Tandem event carries, so a conversation can be followed end to end.
 * Each event is sent as a CloudEvent in binary mode: the record value is this JSON,
 * the {@code ce_*} headers carry {@link #eventId()} and {@link #eventType()}.
 */
public interface CxEvent {

    String conversationId();

    /** The customer message this event is about (for a reply: the reply itself). */
    String messageId();

    Instant occurredAt();

    /** The CloudEvents {@code type}, versioned. */
    String eventType();

    /**
     * The CloudEvents {@code id}: derived from the message, so a redelivered event keeps its id
     * and consumers can de-duplicate on it.
     */
    String eventId();
}
