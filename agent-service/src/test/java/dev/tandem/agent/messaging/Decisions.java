package dev.tandem.agent.messaging;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.tandem.contracts.Classification;
import dev.tandem.contracts.Route;
import dev.tandem.contracts.RoutingDecision;
import dev.tandem.contracts.RoutingDecision.Handoff;
import dev.tandem.contracts.RoutingDecision.Priority;
import dev.tandem.contracts.RoutingDecision.Turn;

/** Routing decisions as escalation-service publishes them. */
final class Decisions {

    static RoutingDecision humanRequested(String conversationId, Instant at) {
        return new RoutingDecision(conversationId, UUID.randomUUID().toString(), at, Route.HUMAN,
                List.of(new RoutingDecision.Reason("human_requested", "The customer asked for a person")),
                new Classification("contact_human_agent", 0.96, List.of(), "en",
                        new Classification.Sentiment("negative", 0.6), List.of("human_requested"), "test-model"),
                "test-policy", "I want to talk to a human", "safety_flag", Priority.HIGH, null, null, false,
                new Handoff(List.of(new Turn("m-0", at.minusSeconds(30), "customer", "where is my order 1234",
                        "track_order", 0.97, Route.AUTOMATE)), Map.of("order 1234", "shipped · expected 2026-11-23")));
    }

    static RoutingDecision automated(String conversationId, Instant at) {
        return new RoutingDecision(conversationId, UUID.randomUUID().toString(), at, Route.AUTOMATE,
                List.of(new RoutingDecision.Reason("automated_intent", "track_order is answered by the assistant")),
                new Classification("track_order", 0.93, List.of(), "en",
                        new Classification.Sentiment("neutral", 0.5), List.of(), "test-model"),
                "test-policy", "where is my order 1234", "automated", Priority.NORMAL,
                new RoutingDecision.Threshold(0.93, 0.9, "policy"), null, false, null);
    }

    static RoutingDecision suggested(String conversationId, Instant at) {
        return new RoutingDecision(conversationId, UUID.randomUUID().toString(), at, Route.SUGGEST,
                List.of(new RoutingDecision.Reason("intent_mode", "cancel_order is drafted for an agent to approve")),
                new Classification("cancel_order", 0.91, List.of(), "en",
                        new Classification.Sentiment("neutral", 0.5), List.of(), "test-model"),
                "test-policy", "please cancel order 2001", "intent_mode", Priority.NORMAL, null,
                "I can cancel an order that has not shipped yet.", false,
                new Handoff(List.of(new Turn("m-1", at, "customer", "please cancel order 2001", "cancel_order", 0.91,
                        Route.SUGGEST)), Map.of("order 2001", "processing")));
    }

    private Decisions() {
    }
}
