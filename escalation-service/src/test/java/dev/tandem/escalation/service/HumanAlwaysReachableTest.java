package dev.tandem.escalation.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import dev.tandem.contracts.Classification;
import dev.tandem.contracts.Route;
import dev.tandem.escalation.context.ContextLookup;
import dev.tandem.escalation.conversation.ConversationState;
import dev.tandem.escalation.model.Decision;
import dev.tandem.escalation.policy.IntentPolicy;
import dev.tandem.escalation.policy.Mode;
import dev.tandem.escalation.policy.Policy;
import dev.tandem.escalation.policy.Risk;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * No policy, however written, and no classification can keep a customer who asks for a person from
 * getting one. The policies here are not only the valid ones: any mode for any intent (out-of-scope
 * and high-risk automation included), any minimum confidence, any turn limit.
 */
class HumanAlwaysReachableTest {

    private static final List<String> INTENTS = Situations.THRESHOLDS.intents();
    private static final List<String> FLAGS = List.of("legal_threat", "churn_threat", "distress", "fraud_or_security");

    @Property(tries = 2000)
    void aCustomerWhoAsksForAPersonIsNeverAnsweredByTheAssistant(@ForAll("policies") Policy policy,
            @ForAll("askingForAPerson") Classification classification, @ForAll("conversations") ConversationState state,
            @ForAll("contexts") ContextLookup context) {
        Decision decision = Situations.POLICY.decide(classification, state, context, policy);

        assertThat(decision.route()).isEqualTo(Route.HUMAN);
        assertThat(decision.rule()).isEqualTo("safety_flag");
        assertThat(decision.draft()).isNull();
    }

    @Property(tries = 1000)
    void anOutOfScopeMessageIsNeverAutomated(@ForAll("policies") Policy policy,
            @ForAll("outOfScope") Classification classification, @ForAll("conversations") ConversationState state,
            @ForAll("contexts") ContextLookup context) {
        Decision decision = Situations.POLICY.decide(classification, state, context, policy);

        assertThat(decision.route()).isNotEqualTo(Route.AUTOMATE);
    }

    @Provide
    Arbitrary<Policy> policies() {
        Arbitrary<IntentPolicy> intentPolicy = Combinators.combine(Arbitraries.of(Mode.class), Arbitraries.of(Risk.class),
                Arbitraries.doubles().between(0, 1).injectNull(0.3))
                .as(IntentPolicy::new);
        Arbitrary<Map<String, IntentPolicy>> intents = intentPolicy.list().ofSize(INTENTS.size())
                .map(policies -> INTENTS.stream().collect(Collectors.toMap(i -> i, i -> policies.get(INTENTS.indexOf(i)))));
        return Combinators.combine(Arbitraries.integers().between(0, 50), Arbitraries.doubles().between(0, 1),
                intentPolicy, intents)
                .as((turns, humanBelow, defaults, byIntent) -> new Policy("generated", turns, humanBelow,
                        Map.of("high", 5), defaults, byIntent, "generated"));
    }

    @Provide
    Arbitrary<Classification> askingForAPerson() {
        return classifications(Arbitraries.of(INTENTS),
                Arbitraries.subsetOf(FLAGS).map(flags -> {
                    List<String> all = new ArrayList<>(flags);
                    all.add("human_requested");
                    return all;
                }));
    }

    @Provide
    Arbitrary<Classification> outOfScope() {
        return classifications(Arbitraries.just("out_of_scope"), Arbitraries.subsetOf(FLAGS).map(List::copyOf));
    }

    private static Arbitrary<Classification> classifications(Arbitrary<String> intents, Arbitrary<List<String>> flags) {
        return Combinators.combine(intents, Arbitraries.doubles().between(0, 1), Arbitraries.of("en", "fr", "de", "und"),
                Arbitraries.of("negative", "neutral", "positive"), flags,
                Arbitraries.of(Situations.THRESHOLDS.modelVersion(), "another-model"))
                .as((intent, confidence, language, sentiment, raised, model) -> new Classification(intent, confidence,
                        List.of(), language, new Classification.Sentiment(sentiment, 0.7), raised, model));
    }

    @Provide
    Arbitrary<ConversationState> conversations() {
        return Combinators.combine(Arbitraries.of(ConversationState.Holder.class), Arbitraries.integers().between(0, 60),
                Arbitraries.integers().between(0, 3), Arbitraries.of(INTENTS).injectNull(0.5),
                Arbitraries.of("negative", "neutral", "positive").injectNull(0.3))
                .as((holder, turns, rephrased, lastIntent, lastSentiment) -> {
                    ConversationState state = ConversationState.opened("c-1");
                    state.holder = holder;
                    state.automatedTurns = turns;
                    state.rephraseRequests = rephrased;
                    state.lastAutomatedIntent = lastIntent;
                    state.lastSentiment = lastSentiment;
                    return state;
                });
    }

    @Provide
    Arbitrary<ContextLookup> contexts() {
        return Arbitraries.of(ContextLookup.NOTHING_MENTIONED, Situations.FOUND, Situations.NOT_FOUND, Situations.FAILED);
    }
}
