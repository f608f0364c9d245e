package dev.tandem.agent.messaging;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import dev.tandem.contracts.Classification;
import dev.tandem.contracts.Route;
import dev.tandem.contracts.RoutingDecision;

/** Routing decisions as escalation-service publishes them. */
final class Decisions {

    static RoutingDecision humanRequested(String conversationId, Instant at) {
        return new RoutingDecision(conversationId, UUID.randomUUID().toString(), at, Route.HUMAN,
                List.of(new RoutingDecision.Reason("human_requested", "The customer asked for a person")),
                new Classification("contact_human_agent", 0.96, List.of(), "en",
                        new Classification.Sentiment("negative", 0.6), List.of("human_requested"), "test-model"),
                "test-policy", "I want to talk to a human");
    }

    static RoutingDecision automated(String conversationId, Instant at) {
        return new RoutingDecision(conversationId, UUID.randomUUID().toString(), at, Route.AUTOMATE,
                List.of(new RoutingDecision.Reason("automated_intent", "track_order is answered by the assistant")),
                new Classification("track_order", 0.93, List.of(), "en",
                        new Classification.Sentiment("neutral", 0.5), List.of(), "test-model"),
                "test-policy", "where is my order 1234");
    }

    private Decisions() {
    }
}
