package dev.tandem.contracts;

import static dev.tandem.contracts.EventSchemas.example;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** docs/events.md shows every event's example as it is in the contracts, so the doc cannot drift. */
class EventDocumentationTest {

    @ParameterizedTest
    @ValueSource(strings = { "message-received.v1", "message-classified.v1", "routing-decision.v1", "reply-posted.v1",
            "handed-back.v1", "policy-changed.v1" })
    void theDocumentationShowsTheExampleAsItIs(String event) throws IOException {
        String documentation = Files.readString(Path.of("../docs/events.md"));
        assertThat(documentation).contains(example(event).strip());
    }
}
