package dev.tandem.escalation.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dev.tandem.contracts.Classification;
import dev.tandem.contracts.Route;
import dev.tandem.contracts.RoutingDecision.Reason;
import dev.tandem.escalation.config.EscalationConfig;
import dev.tandem.escalation.model.Decision;
import io.smallrye.config.SmallRyeConfigBuilder;

class RoutingPolicyTest {

    private static final ReplyTemplates TEMPLATES = new ReplyTemplates();
    /** The policy as shipped: the configuration's defaults. */
    private static final RoutingPolicy POLICY = new RoutingPolicy(config(), TEMPLATES);

    @ParameterizedTest(name = "{0} {1} at {2} flagged [{3}] → {4} {5}")
    @CsvSource(delimiter = '|', textBlock = """
            # language | intent              | confidence | flags                            | route    | reason codes
            en         | track_order         | 0.97       | human_requested                  | HUMAN    | human_requested
            fr         | track_order         | 0.97       | human_requested                  | HUMAN    | human_requested
            en         | contact_human_agent | 0.99       | human_requested                  | HUMAN    | human_requested
            fr         | contact_human_agent | 0.99       | human_requested                  | HUMAN    | human_requested
            en         | get_refund          | 0.91       | legal_threat                     | HUMAN    | legal_threat
            fr         | get_refund          | 0.91       | legal_threat                     | HUMAN    | legal_threat
            en         | delivery_period     | 0.90       | distress                         | HUMAN    | distress
            fr         | delivery_period     | 0.90       | distress                         | HUMAN    | distress
            en         | check_refund_policy | 0.88       | fraud_or_security                | HUMAN    | fraud_or_security
            fr         | check_refund_policy | 0.88       | fraud_or_security                | HUMAN    | fraud_or_security
            en         | track_order         | 0.42       |                                  | HUMAN    | low_confidence
            fr         | track_order         | 0.42       |                                  | HUMAN    | low_confidence
            en         | complaint           | 0.51       | distress human_requested         | HUMAN    | human_requested distress low_confidence
            fr         | payment_issue       | 0.95       | fraud_or_security legal_threat   | HUMAN    | legal_threat fraud_or_security
            en         | track_order         | 0.97       |                                  | AUTOMATE | automated_intent
            fr         | track_order         | 0.97       |                                  | AUTOMATE | automated_intent
            en         | track_order         | 0.75       |                                  | AUTOMATE | automated_intent
            fr         | newsletter_subscription | 0.93   |                                  | AUTOMATE | automated_intent
            und        | delivery_options    | 0.93       |                                  | AUTOMATE | automated_intent
            de         | track_order         | 0.97       |                                  | SUGGEST  | no_template
            en         | cancel_order        | 0.97       |                                  | SUGGEST  | not_automated
            fr         | cancel_order        | 0.97       |                                  | SUGGEST  | not_automated
            en         | out_of_scope        | 0.99       |                                  | SUGGEST  | not_automated
            fr         | out_of_scope        | 0.99       |                                  | SUGGEST  | not_automated
            """)
    void decidesByFlagsThenConfidenceThenIntent(String language, String intent, double confidence, String flags,
            Route route, String reasonCodes) {
        Decision decision = POLICY.decide(classification(intent, confidence, language, flags));

        assertThat(decision.route()).isEqualTo(route);
        assertThat(decision.reasons()).extracting(Reason::code).containsExactly(reasonCodes.split(" "));
        assertThat(decision.reasons()).allSatisfy(reason -> assertThat(reason.text()).isNotBlank());
        assertThat(decision.policyVersion()).isEqualTo("minimal-1");
        assertThat(decision.reply() != null).isEqualTo(route == Route.AUTOMATE);
    }

    @Test
    void theReasonsSayWhyInPlainWords() {
        assertThat(POLICY.decide(classification("contact_human_agent", 0.99, "fr", "human_requested")).reasons())
                .containsExactly(new Reason("human_requested", "The customer asked for a person"));
        assertThat(POLICY.decide(classification("track_order", 0.42, "en", null)).reasons())
                .containsExactly(new Reason("low_confidence", "Confidence 0.42 is below the 0.75 needed"));
        assertThat(POLICY.decide(classification("cancel_order", 0.97, "en", null)).reasons())
                .containsExactly(new Reason("not_automated", "cancel_order is not automated: an agent approves the draft"));
    }

    @Test
    void aConfidenceJustUnderTheThresholdNeverReadsAsEqualToIt() {
        assertThat(POLICY.decide(classification("track_order", 0.74999, "en", null)).reasons())
                .extracting(Reason::text).containsExactly("Confidence 0.749 is below the 0.75 needed");
    }

    @Test
    void theAssistantAnswersFromTheTemplateInTheCustomersLanguage() {
        assertThat(POLICY.decide(classification("track_order", 0.97, "en", null)).reply())
                .isEqualTo(TEMPLATES.find("track_order", "en").orElseThrow())
                .startsWith("You can follow your order")
                .endsWith("Reply 'agent' at any time to talk to a person.");
        assertThat(POLICY.decide(classification("track_order", 0.97, "fr", null)).reply())
                .startsWith("Vous pouvez suivre votre commande")
                .endsWith("Répondez « agent » à tout moment pour parler à une personne.");
        assertThat(POLICY.decide(classification("track_order", 0.97, "und", null)).reply())
                .isEqualTo(TEMPLATES.find("track_order", "en").orElseThrow());
    }

    @Test
    void outOfScopeIsNeverAutomatedEvenWhenAllowListed() {
        RoutingPolicy policy = new RoutingPolicy(config("tandem.escalation.automated-intents", "out_of_scope,track_order"),
                TEMPLATES);

        Decision decision = policy.decide(classification("out_of_scope", 0.99, "en", null));

        assertThat(decision.route()).isEqualTo(Route.SUGGEST);
        assertThat(decision.reply()).isNull();
    }

    @Test
    void theThresholdTheAllowListAndTheVersionAreConfiguration() {
        RoutingPolicy policy = new RoutingPolicy(config(
                "tandem.escalation.min-confidence", "0.9",
                "tandem.escalation.automated-intents", "cancel_order",
                "tandem.escalation.policy-version", "strict-2"), TEMPLATES);

        Decision unsure = policy.decide(classification("cancel_order", 0.85, "en", null));
        assertThat(unsure.route()).isEqualTo(Route.HUMAN);
        assertThat(unsure.reasons()).extracting(Reason::text).containsExactly("Confidence 0.85 is below the 0.9 needed");
        assertThat(unsure.policyVersion()).isEqualTo("strict-2");
        assertThat(policy.decide(classification("track_order", 0.97, "en", null)).route()).isEqualTo(Route.SUGGEST);
        // Allow-listed, but no template approved for cancel_order yet.
        assertThat(policy.decide(classification("cancel_order", 0.97, "en", null)).reasons())
                .extracting(Reason::code).containsExactly("no_template");
    }

    private static Classification classification(String intent, double confidence, String language, String flags) {
        List<String> flagList = flags == null ? List.of() : Arrays.asList(flags.split(" "));
        return new Classification(intent, confidence, List.of(), language, new Classification.Sentiment("neutral", 0.6),
                flagList, "test-model");
    }

    /** The configuration mapping with its defaults, and the given key/value overrides. */
    private static EscalationConfig config(String... overrides) {
        SmallRyeConfigBuilder builder = new SmallRyeConfigBuilder().withMapping(EscalationConfig.class);
        for (int i = 0; i < overrides.length; i += 2) {
            builder.withDefaultValue(overrides[i], overrides[i + 1]);
        }
        return builder.build().getConfigMapping(EscalationConfig.class);
    }
}
