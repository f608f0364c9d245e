package dev.tandem.contracts;

import java.net.URI;
import java.time.ZoneOffset;

import org.eclipse.microprofile.reactive.messaging.Message;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import io.smallrye.reactive.messaging.ce.OutgoingCloudEventMetadata;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;

/**
 * Turns events into Kafka messages and back. Values travel as JSON strings and are decoded here,
 * not by a Kafka deserializer, so that a malformed record reaches the dead-letter topic intact.
 */
public final class Events {

    private static final ObjectMapper JSON = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            // Consumers tolerate fields added by newer producers.
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .build();

    public static String encode(Event event) {
        try {
            return JSON.writeValueAsString(event);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot encode " + event.eventType(), e);
        }
    }

    /** @throws MalformedEventException when the value is not JSON or not a valid event of this type */
    public static <T extends Event> T decode(String value, Class<T> type) {
        if (value == null) {
            throw new MalformedEventException("Empty record where a " + type.getSimpleName() + " was expected", null);
        }
        try {
            return JSON.readValue(value, type);
        } catch (JsonProcessingException e) {
            throw new MalformedEventException("Not a valid " + type.getSimpleName() + ": " + why(e), e);
        }
    }

    private static String why(JsonProcessingException e) {
        // A field check failing in the event's constructor says best what is wrong.
        return e.getCause() instanceof IllegalArgumentException invalid ? invalid.getMessage() : e.getOriginalMessage();
    }

    /**
     * The Kafka message for an event: keyed by {@link Event#key()} (for a conversation's events, its
     * id) so related events stay ordered on one partition, with its CloudEvents attributes in
     * {@code ce_*} headers.
     *
     * @param source the CloudEvents {@code source}: the producing service
     */
    public static Message<String> message(Event event, String source) {
        return Message.of(encode(event))
                .addMetadata(OutgoingKafkaRecordMetadata.<String>builder().withKey(event.key()).build())
                .addMetadata(OutgoingCloudEventMetadata.builder()
                        .withId(event.eventId())
                        .withType(event.eventType())
                        .withSource(URI.create(source))
                        .withSubject(event.key())
                        .withDataContentType("application/json")
                        .withTimestamp(event.occurredAt().atZone(ZoneOffset.UTC))
                        .build());
    }

    private Events() {
    }
}
