package dev.tandem.escalation.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import dev.tandem.escalation.policy.Mode;
import dev.tandem.escalation.policy.Policy;
import dev.tandem.escalation.policy.PolicyParser;

class ReplyTemplatesTest {

    private static final ReplyTemplates TEMPLATES = Situations.TEMPLATES;

    @Test
    void everyIntentTheDefaultPolicyAutomatesHasAnAnswerInEnglishAndFrench() throws Exception {
        Policy defaults;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("policy/default-policy.yaml")) {
            defaults = PolicyParser.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8),
                    Situations.THRESHOLDS.intents());
        }
        assertThat(defaults.intents()).isNotEmpty();
        defaults.intents().forEach((intent, rules) -> {
            if (rules.mode() == Mode.AUTOMATE || rules.mode() == Mode.SHADOW) {
                assertThat(TEMPLATES.hasAnswer(intent, "en")).as(intent + " in English").isTrue();
                assertThat(TEMPLATES.hasAnswer(intent, "fr")).as(intent + " in French").isTrue();
            }
        });
    }

    @ParameterizedTest
    @ValueSource(strings = { "delivery_period", "delivery_options", "check_payment_methods", "check_refund_policy",
            "contact_customer_service", "newsletter_subscription" })
    void anAnswerSentByTheAssistantSaysItIsTheAssistantAndHowToReachAPerson(String intent) {
        String en = TEMPLATES.signed(TEMPLATES.answer(intent, "en", Optional.empty()).orElseThrow(), "en");
        String fr = TEMPLATES.signed(TEMPLATES.answer(intent, "fr", Optional.empty()).orElseThrow(), "fr");

        assertThat(en).contains("Tandem assistant (automated reply)").contains("Reply 'agent' at any time to talk to a person");
        assertThat(fr).contains("Assistant Tandem (réponse automatique)")
                .contains("Répondez « agent » à tout moment pour parler à une personne");
        assertThat(TEMPLATES.answer(intent, "und", Optional.empty())).isEqualTo(TEMPLATES.answer(intent, "en", Optional.empty()));
        assertThat(TEMPLATES.answer(intent, "de", Optional.empty())).isEqualTo(TEMPLATES.answer(intent, "en", Optional.empty()));
    }

    @Test
    void anAnswerQuotingAnOrderIsNeverMadeUpWithoutOne() {
        assertThat(TEMPLATES.answer("track_order", "en", Optional.empty())).isEmpty();
        assertThat(TEMPLATES.answer("track_order", "en", Optional.of(Situations.ORDER_1234)))
                .hasValue("Your order 1234 shipped on 18 November 2026 with Colissimo (tracking number 6A12345678901);"
                        + " it should arrive by 23 November 2026.");
    }

    @ParameterizedTest
    @ValueSource(strings = { "payment_issue", "complaint", "out_of_scope" })
    void intentsAPersonAnswersHaveNoApprovedAnswer(String intent) {
        assertThat(TEMPLATES.hasAnswer(intent, "en")).isFalse();
        assertThat(TEMPLATES.hasAnswer(intent, "fr")).isFalse();
    }
}
