package dev.tandem.contracts;

import static dev.tandem.contracts.EventSchemas.example;
import static dev.tandem.contracts.EventSchemas.violations;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.function.Consumer;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Records that no consumer can process: decoding says which field is wrong, and the schema agrees. */
class MalformedEventTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void notJson() {
        assertThatThrownBy(() -> Events.decode("{\"conversationId\": ", MessageReceived.class))
                .isInstanceOf(MalformedEventException.class)
                .hasMessageStartingWith("Not a valid MessageReceived");
    }

    @Test
    void missingConversationId() {
        assertRejected("message-received.v1", MessageReceived.class,
                event -> event.remove("conversationId"), "conversationId is required");
    }

    @Test
    void confidenceAboveOne() {
        assertRejected("message-classified.v1", MessageClassified.class,
                event -> ((ObjectNode) event.get("classification")).put("confidence", 1.5),
                "confidence must be between 0 and 1");
    }

    @Test
    void noReasons() {
        assertRejected("routing-decision.v1", RoutingDecision.class,
                event -> event.putArray("reasons"), "reasons must name at least one reason");
    }

    @Test
    void agentReplyWithoutAgent() {
        assertRejected("reply-posted.v1", ReplyPosted.class,
                event -> event.remove("agent"), "agent is required");
    }

    /** Breaks the event's example and checks that both the decoder and the schema refuse it. */
    private static void assertRejected(String event, Class<? extends CxEvent> type, Consumer<ObjectNode> breakIt,
            String message) {
        String broken = broken(event, breakIt);

        assertThatThrownBy(() -> Events.decode(broken, type))
                .isInstanceOf(MalformedEventException.class)
                .hasMessageContaining(message);
        assertThat(violations(event, broken)).isNotEmpty();
    }

    private static String broken(String event, Consumer<ObjectNode> breakIt) {
        try {
            ObjectNode json = (ObjectNode) JSON.readTree(example(event));
            breakIt.accept(json);
            return JSON.writeValueAsString(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
