package dev.tandem.escalation.service;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ReplyTemplatesTest {

    private static final ReplyTemplates TEMPLATES = new ReplyTemplates();

    @ParameterizedTest
    @ValueSource(strings = { "track_order", "delivery_period", "delivery_options", "check_payment_methods",
            "check_refund_policy", "contact_customer_service", "newsletter_subscription" })
    void everyAutomatedIntentIsAnsweredInEnglishAndFrenchSayingItIsTheAssistantAndHowToReachAPerson(String intent) {
        assertThat(TEMPLATES.find(intent, "en")).hasValueSatisfying(reply -> assertThat(reply)
                .contains("Tandem assistant (automated reply)")
                .contains("Reply 'agent' at any time to talk to a person"));
        assertThat(TEMPLATES.find(intent, "fr")).hasValueSatisfying(reply -> assertThat(reply)
                .contains("Assistant Tandem (réponse automatique)")
                .contains("Répondez « agent » à tout moment pour parler à une personne"));
        assertThat(TEMPLATES.find(intent, "und")).isEqualTo(TEMPLATES.find(intent, "en"));
    }

    @ParameterizedTest
    @ValueSource(strings = { "cancel_order", "payment_issue", "out_of_scope" })
    void intentsThatAreNotAutomatedHaveNoApprovedAnswer(String intent) {
        assertThat(TEMPLATES.find(intent, "en")).isEmpty();
        assertThat(TEMPLATES.find(intent, "fr")).isEmpty();
    }
}
