package dev.tandem.contracts;

import java.time.Instant;
import java.util.List;

/** Checks shared by the event constructors, so an invalid event cannot be built or decoded. */
final class Require {

    /** The fields every event carries (see {@link CxEvent}). */
    static void envelope(String conversationId, String messageId, Instant occurredAt) {
        text(conversationId, "conversationId");
        text(messageId, "messageId");
        present(occurredAt, "occurredAt");
    }

    static String text(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(field + " is required");
        }
        return value;
    }

    static <T> T present(T value, String field) {
        if (value == null) {
            throw new IllegalArgumentException(field + " is required");
        }
        return value;
    }

    static double probability(double value, String field) {
        if (!(value >= 0.0 && value <= 1.0)) {
            throw new IllegalArgumentException(field + " must be between 0 and 1");
        }
        return value;
    }

    static <T> List<T> list(List<T> value) {
        return value == null ? List.of() : List.copyOf(value);
    }

    private Require() {
    }
}
