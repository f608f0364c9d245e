package dev.tandem.escalation.service;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import dev.tandem.contracts.Classification;
import dev.tandem.contracts.Route;
import dev.tandem.contracts.RoutingDecision.Reason;
import dev.tandem.escalation.config.EscalationConfig;
import dev.tandem.escalation.model.Decision;

/**
 * The minimal automation policy: who answers a classified message, and why. A person whenever
 * the customer asks for one, a risk flag is raised or the classifier is unsure; otherwise the
 * assistant answers allow-listed intents from an approved template, and drafts the rest for an
 * agent to approve. Pure: the same classification always gets the same decision.
 */
@ApplicationScoped
public class RoutingPolicy {

    /** Never automated, whatever the allow-list says: Tandem does not know what the customer wants. */
    private static final String OUT_OF_SCOPE = "out_of_scope";

    /** The risk flags that send a message to a person whatever its intent, each its own reason, most important first. */
    private static final List<Reason> ESCALATING_FLAGS = List.of(
            new Reason("human_requested", "The customer asked for a person"),
            new Reason("legal_threat", "The customer mentions legal action"),
            new Reason("distress", "The customer seems to be in distress or hardship"),
            new Reason("fraud_or_security", "The customer reports fraud or a security problem"));

    private final EscalationConfig config;
    private final ReplyTemplates templates;

    public RoutingPolicy(EscalationConfig config, ReplyTemplates templates) {
        this.config = config;
        this.templates = templates;
    }

    public Decision decide(Classification classification) {
        List<Reason> forAPerson = new ArrayList<>();
        for (Reason flag : ESCALATING_FLAGS) {
            if (classification.hasFlag(flag.code())) {
                forAPerson.add(flag);
            }
        }
        if (classification.confidence() < config.minConfidence()) {
            forAPerson.add(new Reason("low_confidence", "Confidence %s is below the %s needed"
                    .formatted(plain(classification.confidence()), plain(config.minConfidence()))));
        }
        if (!forAPerson.isEmpty()) {
            return decision(Route.HUMAN, forAPerson, null);
        }

        String intent = classification.intent();
        if (intent.equals(OUT_OF_SCOPE) || !config.automatedIntents().contains(intent)) {
            return decision(Route.SUGGEST, List.of(new Reason("not_automated",
                    intent + " is not automated: an agent approves the draft")), null);
        }
        Optional<String> reply = templates.find(intent, classification.language());
        if (reply.isEmpty()) {
            return decision(Route.SUGGEST, List.of(new Reason("no_template", "No approved " + intent
                    + " answer in language '" + classification.language() + "': an agent approves the draft")), null);
        }
        return decision(Route.AUTOMATE, List.of(new Reason("automated_intent",
                intent + " is answered by the assistant from an approved template")), reply.get());
    }

    private Decision decision(Route route, List<Reason> reasons, String reply) {
        return new Decision(route, reasons, config.policyVersion(), reply);
    }

    /**
     * At most three decimals, rounded down so that a confidence just under the threshold never
     * reads as equal to it.
     */
    private static String plain(double value) {
        return BigDecimal.valueOf(value).setScale(3, RoundingMode.DOWN).stripTrailingZeros().toPlainString();
    }
}
