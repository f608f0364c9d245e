package dev.tandem.escalation.service;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import dev.tandem.contracts.Classification;
import dev.tandem.escalation.context.ContextLookup;
import dev.tandem.escalation.context.OrderContext;
import dev.tandem.escalation.conversation.ConversationState;
import dev.tandem.escalation.policy.ModelThresholds;
import dev.tandem.escalation.policy.Policy;
import dev.tandem.escalation.policy.PolicyParser;

/** Classifications, conversations, customer contexts and policies for the policy's unit tests. */
final class Situations {

    static final ModelThresholds THRESHOLDS = new ModelThresholds();
    static final ReplyTemplates TEMPLATES = new ReplyTemplates();
    static final RoutingPolicy POLICY = new RoutingPolicy(THRESHOLDS, TEMPLATES);

    /** A policy like the default one, with a minimum set by the operator for track_order. */
    static final Policy TEST_POLICY = PolicyParser.parse("""
            version: test-1
            maxAutomatedTurns: 3
            humanBelowConfidence: 0.5
            expectedWaitMinutes: { high: 5 }
            intents:
              track_order:            { mode: AUTOMATE, risk: LOW, minConfidence: 0.9 }
              check_payment_methods:  { mode: AUTOMATE, risk: LOW, minConfidence: 0.9 }
              delivery_options:       { mode: AUTOMATE, risk: LOW }
              check_cancellation_fee: { mode: SHADOW, risk: LOW, minConfidence: 0.9 }
              cancel_order:           { mode: SUGGEST, risk: MEDIUM }
              complaint:              { mode: HUMAN, risk: HIGH }
            """, THRESHOLDS.intents());

    static final OrderContext ORDER_1234 = new OrderContext(
            new OrderContext.Order("1234", OrderContext.Status.SHIPPED, "Colissimo", "6A12345678901",
                    LocalDate.of(2026, 11, 16), LocalDate.of(2026, 11, 18), LocalDate.of(2026, 11, 23), null,
                    new BigDecimal("59.90"), "EUR"),
            new OrderContext.Customer("C-1001", "Alice Martin", "gold", LocalDate.of(2021, 3, 14)),
            List.of(new OrderContext.Invoice("F-2026-0412", "1234", new BigDecimal("59.90"), "EUR", "PAID",
                    LocalDate.of(2026, 11, 16))));

    static final ContextLookup FOUND = new ContextLookup("1234", ORDER_1234, null);
    static final ContextLookup NOT_FOUND = new ContextLookup("9999", null, null);
    static final ContextLookup FAILED = new ContextLookup("1234", null, "TimeoutException: no answer in 2s");

    static Classification classified(String intent, double confidence, String language, String sentiment,
            String... flags) {
        return new Classification(intent, confidence, List.of(), language,
                new Classification.Sentiment(sentiment, 0.8), List.of(flags), THRESHOLDS.modelVersion());
    }

    static ConversationState fresh() {
        return ConversationState.opened("c-1");
    }

    private Situations() {
    }
}
