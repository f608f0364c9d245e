package dev.tandem.contracts;

import static dev.tandem.contracts.EventSchemas.example;
import static dev.tandem.contracts.EventSchemas.violations;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

class EventSchemaTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    static Stream<Arguments> events() {
        return Stream.of(
                Arguments.of("message-received.v1", MessageReceived.class),
                Arguments.of("message-classified.v1", MessageClassified.class),
                Arguments.of("routing-decision.v1", RoutingDecision.class),
                Arguments.of("reply-posted.v1", ReplyPosted.class),
                Arguments.of("handed-back.v1", HandedBack.class),
                Arguments.of("policy-changed.v1", PolicyChanged.class));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("events")
    void exampleMatchesItsSchema(String event, Class<? extends Event> type) {
        assertThat(violations(event, example(event))).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("events")
    void whatProducersWriteMatchesTheSchema(String event, Class<? extends Event> type) throws Exception {
        String encoded = Events.encode(Events.decode(example(event), type));

        assertThat(violations(event, encoded)).isEmpty();
        // The example is exactly what a producer writes: no field missing, none added (eventId, eventType…).
        assertThat(JSON.readTree(encoded)).isEqualTo(JSON.readTree(example(event)));
    }

    @Test
    void optionalFieldsLeftOutByProducersStillMatch() {
        Instant now = Instant.parse("2025-03-04T09:16:02.118734Z");
        // Jackson writes absent values as null and absent lists as [].
        var assistantReply = new ReplyPosted("c-1", "r-1", now, null, ReplyPosted.Author.ASSISTANT, null, "Here is your tracking link.");
        var withoutRedactions = new MessageReceived("c-1", "m-1", now, "web", "Where is my parcel?", null);

        assertThat(violations("reply-posted.v1", Events.encode(assistantReply))).isEmpty();
        assertThat(violations("message-received.v1", Events.encode(withoutRedactions))).isEmpty();
    }

    @Test
    void decisionsWithoutThresholdDraftOrHandoffStillMatch() {
        RoutingDecision example = Events.decode(example("routing-decision.v1"), RoutingDecision.class);
        var clarify = new RoutingDecision(example.conversationId(), example.messageId(), example.occurredAt(),
                Route.CLARIFY, example.reasons(), example.classification(), example.policyVersion(), example.text(),
                "low_confidence", RoutingDecision.Priority.NORMAL, null, null, false, null);

        assertThat(violations("routing-decision.v1", Events.encode(clarify))).isEmpty();
    }

    @Test
    void shadowSuggestionsWithAThresholdMatch() {
        RoutingDecision example = Events.decode(example("routing-decision.v1"), RoutingDecision.class);
        var agentTurn = new RoutingDecision.Turn("t-1", example.occurredAt(), "agent", "Refunded.", null, null, null);
        var suggested = new RoutingDecision(example.conversationId(), example.messageId(), example.occurredAt(),
                Route.SUGGEST, example.reasons(), example.classification(), example.policyVersion(), example.text(),
                "confidence_threshold", RoutingDecision.Priority.NORMAL,
                new RoutingDecision.Threshold(0.81, 0.85, "model"), "I have refunded the second payment.", true,
                new RoutingDecision.Handoff(List.of(agentTurn), null));

        assertThat(violations("routing-decision.v1", Events.encode(suggested))).isEmpty();
    }

    @Test
    void theSchemaChecksTheHandoff() throws Exception {
        var decision = (ObjectNode) JSON.readTree(example("routing-decision.v1"));
        var turn = (ObjectNode) decision.get("handoff").get("transcript").get(0);
        turn.put("author", "robot");
        turn.put("intent", "no_such_intent");
        turn.put("route", "MAYBE");

        assertThat(violations("routing-decision.v1", JSON.writeValueAsString(decision)))
                .extracting(violation -> violation.getInstanceLocation().toString())
                .containsOnly("/handoff/transcript/0/author", "/handoff/transcript/0/intent",
                        "/handoff/transcript/0/route");
    }
}
