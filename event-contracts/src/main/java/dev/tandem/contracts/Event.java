package dev.tandem.contracts;

import java.time.Instant;

/**
 * What every Tandem event carries. Each is sent as a CloudEvent in binary mode: the record value is
 * the event's JSON, the {@code ce_*} headers carry {@link #eventId()} and {@link #eventType()}.
 */
public interface Event {

    Instant occurredAt();

    /** The CloudEvents {@code type}, versioned. */
    String eventType();

    /**
     * The CloudEvents {@code id}: derived from what the event is about, so an event sent again keeps
     * its id and consumers can de-duplicate on it.
     */
    String eventId();

    /** The Kafka record key, which keeps related events in order on one partition. */
    String key();
}
