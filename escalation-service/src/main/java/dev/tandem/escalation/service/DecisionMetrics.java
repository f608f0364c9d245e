package dev.tandem.escalation.service;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.enterprise.context.ApplicationScoped;

import dev.tandem.contracts.Route;
import dev.tandem.contracts.RoutingDecision;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

/**
 * What the policy does, as Micrometer metrics (Prometheus at {@code /q/metrics}):
 * {@code tandem_escalation_decisions_total} by route, intent and rule, and
 * {@code tandem_escalation_decision_reasons_total} by route and reason; the automation rate; the time
 * from the customer's message reaching Tandem to its decision; and, in shadow mode, whether the
 * agents' answers agreed with the assistant's.
 */
@ApplicationScoped
public class DecisionMetrics {

    private final MeterRegistry registry;
    private final AtomicLong decided = new AtomicLong();
    private final AtomicLong automated = new AtomicLong();
    private final Timer toDecision;

    public DecisionMetrics(MeterRegistry registry) {
        this.registry = registry;
        registry.gauge("tandem.escalation.automation.rate", this, m -> m.decided.get() == 0 ? 0
                : (double) m.automated.get() / m.decided.get());
        this.toDecision = Timer.builder("tandem.escalation.message.to.decision")
                .description("From the customer's message accepted by intake-service to its routing decision")
                .publishPercentiles(0.5, 0.99)
                .register(registry);
    }

    public void decided(RoutingDecision decision, Duration sinceReceived) {
        registry.counter("tandem.escalation.decisions", "route", decision.route().name(),
                "intent", decision.classification().intent(), "rule", decision.rule()).increment();
        // A decision may have several reasons (two risk flags, say): each is counted.
        decision.reasons().forEach(reason -> registry.counter("tandem.escalation.decision.reasons",
                "route", decision.route().name(), "reason", reason.code()).increment());
        decided.incrementAndGet();
        if (decision.route() == Route.AUTOMATE) {
            automated.incrementAndGet();
        }
        toDecision.record(sinceReceived);
    }

    public void shadowAnswered(String intent, boolean agreed) {
        registry.counter("tandem.escalation.shadow.answers", "intent", intent, "agreed", Boolean.toString(agreed))
                .increment();
    }
}
