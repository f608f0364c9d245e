package dev.tandem.escalation.service;

import static dev.tandem.escalation.service.Situations.FOUND;
import static dev.tandem.escalation.service.Situations.POLICY;
import static dev.tandem.escalation.service.Situations.TEST_POLICY;
import static dev.tandem.escalation.service.Situations.classified;
import static dev.tandem.escalation.service.Situations.fresh;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.function.Consumer;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dev.tandem.contracts.Classification;
import dev.tandem.contracts.Route;
import dev.tandem.contracts.RoutingDecision.Priority;
import dev.tandem.contracts.RoutingDecision.Reason;
import dev.tandem.escalation.context.ContextLookup;
import dev.tandem.escalation.conversation.ConversationState;
import dev.tandem.escalation.model.Decision;

/**
 * Every rule of the policy, in English and French: the route, the rule that fired, and what the
 * customer is told (or, for SUGGEST, the agent's draft), in the customer's language.
 */
class RoutingRulesTest {

    /** A conversation as the rules see it. */
    enum Conversation {
        NEW(state -> {
        }),
        WITH_AGENT(state -> state.holder = ConversationState.Holder.AGENT),
        ASKED_TO_REPHRASE(state -> state.rephraseRequests = 1),
        LAST_NEGATIVE(state -> state.lastSentiment = "negative"),
        JUST_ANSWERED_TRACK_ORDER(state -> {
            state.automatedTurns = 1;
            state.lastAutomatedIntent = "track_order";
        }),
        THREE_AUTOMATED_ANSWERS(state -> {
            state.automatedTurns = 3;
            state.lastAutomatedIntent = "delivery_options";
        });

        private final Consumer<ConversationState> setUp;

        Conversation(Consumer<ConversationState> setUp) {
            this.setUp = setUp;
        }

        ConversationState state() {
            ConversationState state = fresh();
            setUp.accept(state);
            return state;
        }
    }

    enum Context {
        NONE(ContextLookup.NOTHING_MENTIONED), FOUND(Situations.FOUND), NOT_FOUND(Situations.NOT_FOUND),
        FAILED(Situations.FAILED);

        private final ContextLookup lookup;

        Context(ContextLookup lookup) {
            this.lookup = lookup;
        }
    }

    @ParameterizedTest(name = "{0} {1}: {8}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # lang | intent             | conf | sentiment | flag              | conversation             | context   | route    | rule                 | says (customer, or the agent's draft)
              en   | track_order        | 0.97 | neutral   | human_requested   | NEW                      | FOUND     | HUMAN    | safety_flag          | because you asked to talk to a person. Expected wait: about 5 minutes.
              fr   | track_order        | 0.97 | neutral   | human_requested   | NEW                      | FOUND     | HUMAN    | safety_flag          | car vous avez demandé à parler à une personne. Attente estimée : environ 5 minutes.
              en   | get_refund         | 0.90 | negative  | legal_threat      | NEW                      | NONE      | HUMAN    | safety_flag          | because your message needs a person's attention
              fr   | get_refund         | 0.90 | negative  | legal_threat      | NEW                      | NONE      | HUMAN    | safety_flag          | car votre message demande l'attention d'une personne
              en   | payment_issue      | 0.80 | negative  | distress          | NEW                      | NONE      | HUMAN    | safety_flag          | because your message needs a person's attention
              fr   | payment_issue      | 0.80 | negative  | distress          | NEW                      | NONE      | HUMAN    | safety_flag          | car votre message demande l'attention d'une personne
              en   | recover_password   | 0.95 | neutral   | fraud_or_security | NEW                      | NONE      | HUMAN    | safety_flag          | because a security matter needs a person
              fr   | recover_password   | 0.95 | neutral   | fraud_or_security | NEW                      | NONE      | HUMAN    | safety_flag          | car une question de sécurité demande une personne
              en   | track_order        | 0.99 | neutral   | -                 | WITH_AGENT               | FOUND     | HUMAN    | stays_with_agent     | -
              fr   | track_order        | 0.99 | neutral   | -                 | WITH_AGENT               | FOUND     | HUMAN    | stays_with_agent     | -
              en   | out_of_scope       | 0.90 | neutral   | -                 | NEW                      | NONE      | CLARIFY  | out_of_scope         | Could you tell me in a few words what you need help with?
              fr   | out_of_scope       | 0.90 | neutral   | -                 | NEW                      | NONE      | CLARIFY  | out_of_scope         | Pouvez-vous me dire en quelques mots ce dont vous avez besoin ?
              en   | out_of_scope       | 0.90 | neutral   | -                 | ASKED_TO_REPHRASE        | NONE      | HUMAN    | out_of_scope         | because I could not understand your request
              fr   | out_of_scope       | 0.90 | neutral   | -                 | ASKED_TO_REPHRASE        | NONE      | HUMAN    | out_of_scope         | car je n'ai pas compris votre demande
              en   | delivery_options   | 0.99 | negative  | -                 | LAST_NEGATIVE            | NONE      | HUMAN    | negative_sentiment   | because I don't seem to be helping
              fr   | delivery_options   | 0.99 | negative  | -                 | LAST_NEGATIVE            | NONE      | HUMAN    | negative_sentiment   | car je ne semble pas vous aider
              en   | track_order        | 0.99 | neutral   | -                 | JUST_ANSWERED_TRACK_ORDER | FOUND    | HUMAN    | repeated_question    | because my previous answer did not help
              fr   | track_order        | 0.99 | neutral   | -                 | JUST_ANSWERED_TRACK_ORDER | FOUND    | HUMAN    | repeated_question    | car ma réponse précédente ne vous a pas aidé
              en   | track_order        | 0.99 | neutral   | -                 | THREE_AUTOMATED_ANSWERS  | FOUND     | HUMAN    | automated_turn_limit | because my answers have not solved your problem
              fr   | track_order        | 0.99 | neutral   | -                 | THREE_AUTOMATED_ANSWERS  | FOUND     | HUMAN    | automated_turn_limit | car mes réponses n'ont pas réglé votre problème
              en   | track_order        | 0.40 | neutral   | -                 | NEW                      | FOUND     | HUMAN    | low_confidence       | because I'm not sure I understood your request
              fr   | track_order        | 0.40 | neutral   | -                 | NEW                      | FOUND     | HUMAN    | low_confidence       | car je ne suis pas sûr d'avoir compris votre demande
              en   | complaint          | 0.95 | negative  | -                 | NEW                      | NONE      | HUMAN    | intent_mode          | because a person handles this kind of request
              fr   | complaint          | 0.95 | negative  | -                 | NEW                      | NONE      | HUMAN    | intent_mode          | car une personne traite ce type de demande
              en   | cancel_order       | 0.95 | neutral   | -                 | NEW                      | NONE      | SUGGEST  | intent_mode          | I can cancel an order that has not shipped yet
              fr   | cancel_order       | 0.95 | neutral   | -                 | NEW                      | NONE      | SUGGEST  | intent_mode          | Je peux annuler une commande qui n'est pas encore expédiée
              en   | check_cancellation_fee | 0.95 | neutral | -               | NEW                      | NONE      | SUGGEST  | shadow_mode          | Cancelling an order before it ships is free
              fr   | check_cancellation_fee | 0.95 | neutral | -               | NEW                      | NONE      | SUGGEST  | shadow_mode          | Annuler une commande avant son expédition est gratuit
              en   | track_order        | 0.80 | neutral   | -                 | NEW                      | FOUND     | SUGGEST  | below_threshold      | Your order 1234 shipped on 18 November 2026 with Colissimo
              fr   | track_order        | 0.80 | neutral   | -                 | NEW                      | FOUND     | SUGGEST  | below_threshold      | Votre commande 1234 a été expédiée le 18 novembre 2026 par Colissimo
              en   | track_order        | 0.97 | positive  | -                 | NEW                      | FOUND     | AUTOMATE | automated            | Your order 1234 shipped on 18 November 2026 with Colissimo (tracking number 6A12345678901); it should arrive by 23 November 2026. — Tandem assistant (automated reply). Reply 'agent' at any time to talk to a person.
              fr   | track_order        | 0.97 | positive  | -                 | NEW                      | FOUND     | AUTOMATE | automated            | Votre commande 1234 a été expédiée le 18 novembre 2026 par Colissimo (numéro de suivi 6A12345678901) ; elle devrait arriver d'ici le 23 novembre 2026. — Assistant Tandem (réponse automatique). Répondez « agent » à tout moment pour parler à une personne.
              en   | track_order        | 0.97 | neutral   | -                 | NEW                      | NOT_FOUND | HUMAN    | context_unavailable  | because I could not find the details needed to answer
              fr   | track_order        | 0.97 | neutral   | -                 | NEW                      | FAILED    | HUMAN    | context_unavailable  | car je n'ai pas trouvé les informations nécessaires pour répondre
              en   | track_order        | 0.97 | neutral   | -                 | NEW                      | NONE      | HUMAN    | context_unavailable  | because I could not find the details needed to answer
              en   | check_payment_methods | 0.97 | neutral | -                | NEW                      | NONE      | AUTOMATE | automated            | The payment methods we accept are listed at checkout
              fr   | check_payment_methods | 0.97 | neutral | -                | NEW                      | NONE      | AUTOMATE | automated            | Les moyens de paiement acceptés sont indiqués lors de la commande
            """)
    void eachRuleInEachLanguage(String language, String intent, double confidence, String sentiment, String flag,
            Conversation conversation, Context context, Route route, String rule, String says) {
        Classification classification = flag == null ? classified(intent, confidence, language, sentiment)
                : classified(intent, confidence, language, sentiment, flag);

        Decision decision = POLICY.decide(classification, conversation.state(), context.lookup, TEST_POLICY);

        assertThat(decision.route()).isEqualTo(route);
        assertThat(decision.rule()).isEqualTo(rule);
        assertThat(decision.reasons()).isNotEmpty().allSatisfy(reason -> assertThat(reason.text()).isNotBlank());
        String told = route == Route.SUGGEST ? decision.draft() : decision.reply();
        if (says == null) {
            assertThat(told).isNull();
        } else {
            assertThat(told).contains(says);
        }
        if (route == Route.HUMAN && says != null) {
            // No silent hand-off: the customer is told a person is coming, and that they won't repeat themselves.
            assertThat(told).containsAnyOf("won't need to repeat anything", "vous n'aurez rien à répéter");
        }
        assertThat(decision.shadow()).isEqualTo(rule.equals("shadow_mode"));
    }

    @ParameterizedTest
    @CsvSource({ "en", "fr" })
    void aSafetyFlagIsUrgentAndEveryRaisedFlagIsAReason(String language) {
        Decision decision = POLICY.decide(classified("complaint", 0.9, language, "negative", "legal_threat",
                "distress"), fresh(), ContextLookup.NOTHING_MENTIONED, TEST_POLICY);

        assertThat(decision.priority()).isEqualTo(Priority.HIGH);
        assertThat(decision.reasons()).extracting(Reason::code).containsExactly("legal_threat", "distress");
    }

    @ParameterizedTest
    @CsvSource({ "en", "fr" })
    void anAutomatedAnswerRecordsTheThresholdItCleared(String language) {
        Decision decision = POLICY.decide(classified("track_order", 0.97, language, "neutral"), fresh(), FOUND,
                TEST_POLICY);

        assertThat(decision.threshold().confidence()).isEqualTo(0.97);
        assertThat(decision.threshold().minimum()).isEqualTo(0.9);
        assertThat(decision.threshold().source()).isEqualTo("policy");
    }

    @ParameterizedTest
    @CsvSource({ "en", "fr" })
    void withoutAMinimumInThePolicyTheModelsShippedThresholdDecides(String language) {
        // delivery_options has no minimum in the test policy: the model's threshold for it applies, if any.
        var shipped = Situations.THRESHOLDS.of("delivery_options");
        Decision decision = POLICY.decide(classified("delivery_options", 0.999, language, "neutral"), fresh(),
                ContextLookup.NOTHING_MENTIONED, TEST_POLICY);

        if (shipped.isPresent()) {
            assertThat(decision.route()).isEqualTo(Route.AUTOMATE);
            assertThat(decision.threshold().minimum()).isEqualTo(shipped.getAsDouble());
            assertThat(decision.threshold().source()).isEqualTo("model");
        } else {
            assertThat(decision.route()).isEqualTo(Route.SUGGEST);
            assertThat(decision.rule()).isEqualTo("no_threshold");
        }
    }

    @ParameterizedTest
    @CsvSource({ "en", "fr" })
    void thresholdsFittedForAnotherModelAreNotTrusted(String language) {
        Classification byAnotherModel = new Classification("delivery_options", 0.999, List.of(), language,
                new Classification.Sentiment("neutral", 0.8), List.of(), "another-model");

        Decision decision = POLICY.decide(byAnotherModel, fresh(), ContextLookup.NOTHING_MENTIONED, TEST_POLICY);

        assertThat(decision.route()).isEqualTo(Route.SUGGEST);
        assertThat(decision.rule()).isEqualTo("no_threshold");
    }
}
