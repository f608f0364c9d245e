package dev.tandem.escalation.service;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import dev.tandem.contracts.Classification;
import dev.tandem.contracts.Route;
import dev.tandem.contracts.RoutingDecision.Priority;
import dev.tandem.contracts.RoutingDecision.Reason;
import dev.tandem.contracts.RoutingDecision.Threshold;
import dev.tandem.escalation.context.ContextLookup;
import dev.tandem.escalation.conversation.ConversationState;
import dev.tandem.escalation.model.Decision;
import dev.tandem.escalation.policy.IntentPolicy;
import dev.tandem.escalation.policy.ModelThresholds;
import dev.tandem.escalation.policy.Policy;
import dev.tandem.escalation.policy.SafetyRule;

/**
 * Who answers a classified message, and why. The rules are tried in order and the first that
 * applies decides:
 * <ol>
 * <li>{@code safety_flag}: a person asked for, legal threat, distress, fraud or security → a person,
 * high priority (no policy can switch it off);</li>
 * <li>{@code stays_with_agent}: a person holds the conversation until an agent hands it back;</li>
 * <li>{@code out_of_scope}: never automated; the customer is asked once to rephrase, then a person
 * answers;</li>
 * <li>{@code negative_sentiment}: negative again after a negative message → a person;</li>
 * <li>{@code repeated_question}: the same intent the assistant just answered → a person;</li>
 * <li>{@code automated_turn_limit}: the policy's number of automated answers in a row → a person;</li>
 * <li>{@code low_confidence}: below the policy's floor, whatever the intent → a person;</li>
 * <li>{@code intent_mode}: the intent's mode: HUMAN, SUGGEST (with a draft) or SHADOW;</li>
 * <li>for AUTOMATE: {@code below_threshold} (or {@code no_threshold}) → an agent approves the draft;
 * {@code no_template} → likewise; {@code context_unavailable}: the answer quotes data the
 * customer-context source did not give → a person; otherwise {@code automated}.</li>
 * </ol>
 * Pure: the same inputs always give the same decision.
 */
@ApplicationScoped
public class RoutingPolicy {

    private static final String NEGATIVE = "negative";

    private final ModelThresholds thresholds;
    private final ReplyTemplates templates;

    public RoutingPolicy(ModelThresholds thresholds, ReplyTemplates templates) {
        this.thresholds = thresholds;
        this.templates = templates;
    }

    public Decision decide(Classification classification, ConversationState state, ContextLookup context,
            Policy policy) {
        String intent = classification.intent();
        String language = classification.language();

        List<Reason> flags = new ArrayList<>();
        for (SafetyRule rule : SafetyRule.ALL) {
            if (classification.hasFlag(rule.flag())) {
                flags.add(new Reason(rule.flag(), rule.forAgent()));
            }
        }
        if (!flags.isEmpty()) {
            return toPerson(policy, "safety_flag", flags, Priority.HIGH, state, language, flags.get(0).code());
        }
        if (state.withAgent()) {
            return new Decision(Route.HUMAN, "stays_with_agent", List.of(new Reason("stays_with_agent",
                    "A person holds this conversation until an agent hands it back")), Priority.NORMAL, null, null,
                    null, false);
        }
        if (intent.equals(ModelThresholds.OUT_OF_SCOPE)) {
            if (state.rephraseRequests == 0) {
                return new Decision(Route.CLARIFY, "out_of_scope", List.of(new Reason("out_of_scope",
                        "Not a request Tandem knows: the customer is asked to rephrase, once")), Priority.NORMAL,
                        null, templates.rephrase(language), null, false);
            }
            return toPerson(policy, "out_of_scope", List.of(new Reason("out_of_scope",
                    "Still not understood after asking the customer to rephrase")), Priority.NORMAL, state, language,
                    "out_of_scope");
        }
        if (NEGATIVE.equals(classification.sentiment().label()) && NEGATIVE.equals(state.lastSentiment)) {
            return toPerson(policy, "negative_sentiment", List.of(new Reason("negative_sentiment",
                    "The customer is unhappy for the second message in a row")), Priority.NORMAL, state, language,
                    "negative_sentiment");
        }
        if (intent.equals(state.lastAutomatedIntent)) {
            return toPerson(policy, "repeated_question", List.of(new Reason("repeated_question",
                    "The customer asks again about " + intent + " after an automated answer")), Priority.NORMAL,
                    state, language, "repeated_question");
        }
        if (state.automatedTurns >= policy.maxAutomatedTurns()) {
            return toPerson(policy, "automated_turn_limit", List.of(new Reason("automated_turn_limit",
                    state.automatedTurns + " automated answers in a row have not resolved the conversation")),
                    Priority.NORMAL, state, language, "automated_turn_limit");
        }
        if (classification.confidence() < policy.humanBelowConfidence()) {
            return toPerson(policy, "low_confidence", List.of(new Reason("low_confidence", "Confidence "
                    + plain(classification.confidence()) + " is below the " + plain(policy.humanBelowConfidence())
                    + " under which a person answers")), Priority.NORMAL, state, language, "low_confidence");
        }

        IntentPolicy rules = policy.of(intent);
        Optional<String> draft = templates.answer(intent, language, context.order());
        switch (rules.mode()) {
            case HUMAN -> {
                return toPerson(policy, "intent_mode", List.of(new Reason("intent_mode",
                        "A person answers " + intent + " (risk " + rules.risk() + ")")), Priority.NORMAL, state,
                        language, "intent_mode");
            }
            case SUGGEST -> {
                return suggest("intent_mode", intent + " is drafted by the assistant for an agent to approve", null,
                        draft.orElse(null), false);
            }
            case SHADOW -> {
                return suggest("shadow_mode", intent + " is in shadow mode: an agent answers, and the assistant's"
                        + " answer is recorded for comparison", threshold(classification, rules), draft.orElse(null),
                        true);
            }
            case AUTOMATE -> {
                return automate(classification, rules, context, draft, policy, state);
            }
        }
        throw new IllegalStateException("Unknown mode " + rules.mode());
    }

    private Decision automate(Classification classification, IntentPolicy rules, ContextLookup context,
            Optional<String> answer, Policy policy, ConversationState state) {
        String intent = classification.intent();
        Threshold threshold = threshold(classification, rules);
        if (threshold == null) {
            return suggest("no_threshold", "The model has not proven " + intent + " precise enough to automate at "
                    + "its target precision " + plain(thresholds.targetPrecision()), null, answer.orElse(null), false);
        }
        if (threshold.confidence() < threshold.minimum()) {
            return suggest("below_threshold", "Confidence " + plain(threshold.confidence()) + " is below the "
                    + plain(threshold.minimum()) + " needed to automate " + intent, threshold, answer.orElse(null),
                    false);
        }
        if (!templates.hasAnswer(intent, classification.language())) {
            return suggest("no_template", "No approved " + intent + " answer in language '"
                    + classification.language() + "'", threshold, null, false);
        }
        if (answer.isEmpty()) {
            String why = context.failure() != null ? "the customer-context source failed: " + context.failure()
                    : context.orderNumber() == null ? "the message names no order"
                    : "there is no order " + context.orderNumber();
            return toPerson(policy, "context_unavailable", List.of(new Reason("context_unavailable",
                    "The answer to " + intent + " needs the customer's data, and " + why)), Priority.NORMAL, state,
                    classification.language(), "context_unavailable");
        }
        return new Decision(Route.AUTOMATE, "automated", List.of(new Reason("automated", intent
                + " is answered by the assistant: confidence " + plain(threshold.confidence()) + " ≥ "
                + plain(threshold.minimum()))), Priority.NORMAL, threshold,
                templates.signed(answer.get(), classification.language()), null, false);
    }

    /** The confidence against the intent's minimum; null when it has none that applies. */
    private Threshold threshold(Classification classification, IntentPolicy rules) {
        return thresholds.minimum(classification.intent(), rules)
                // Thresholds fitted for another model say nothing about this one's confidence.
                .filter(minimum -> minimum.source().equals(ModelThresholds.POLICY)
                        || thresholds.modelVersion().equals(classification.modelVersion()))
                .map(minimum -> new Threshold(classification.confidence(), minimum.value(), minimum.source()))
                .orElse(null);
    }

    private static Decision suggest(String rule, String why, Threshold threshold, String draft, boolean shadow) {
        return new Decision(Route.SUGGEST, rule, List.of(new Reason(rule, why)), Priority.NORMAL, threshold, null,
                draft, shadow);
    }

    private Decision toPerson(Policy policy, String rule, List<Reason> reasons, Priority priority,
            ConversationState state, String language, String because) {
        String notice = state.withAgent() ? null
                : templates.handover(language, because, policy.expectedWait(priority == Priority.HIGH));
        return new Decision(Route.HUMAN, rule, reasons, priority, null, notice, null, false);
    }

    /**
     * At most three decimals, rounded down so that a confidence just under the threshold never
     * reads as equal to it.
     */
    private static String plain(double value) {
        return BigDecimal.valueOf(value).setScale(3, RoundingMode.DOWN).stripTrailingZeros().toPlainString();
    }
}
