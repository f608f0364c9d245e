package dev.tandem.classifier.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.tandem.contracts.Classification;
import dev.tandem.contracts.Classification.IntentScore;

class KeywordClassifierTest {

    private final KeywordClassifier classifier = new KeywordClassifier();

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            where is my order 1234                            | track_order
            où est mon colis ?                                | track_order
            I want to cancel my order                         | cancel_order
            je voudrais annuler ma commande                   | cancel_order
            I forgot my password                              | recover_password
            j'ai oublié mon mot de passe                      | recover_password
            how do I get a refund                             | get_refund
            je veux télécharger ma facture                    | get_invoice
            quels moyens de paiement acceptez-vous ?          | check_payment_methods
            how long does delivery take to Canada?            | delivery_period
            I want to change the shipping address of my order | change_shipping_address
            je voudrais créer un compte                       | create_account
            unsubscribe me from the newsletter                | newsletter_subscription
            je veux parler à un conseiller                    | contact_human_agent
            """)
    void aClearRequestGetsItsIntentWithAHighConfidence(String text, String intent) {
        Classification classification = classifier.classify(text);
        assertThat(classification.intent()).isEqualTo(intent);
        assertThat(classification.confidence()).isGreaterThan(0.75);
    }

    @ParameterizedTest
    @ValueSource(strings = { "what's the weather like tomorrow", "quel temps fera-t-il demain ?", "你好", "🙂🙂🙂" })
    void aMessageMatchingNothingIsOutOfScope(String text) {
        Classification classification = classifier.classify(text);
        assertThat(classification.intent()).isEqualTo(KeywordClassifier.OUT_OF_SCOPE);
        assertThat(classification.alternatives()).allSatisfy(
                alternative -> assertThat(alternative.confidence()).isLessThan(classification.confidence() / 10));
    }

    @Test
    void oneMatchedWordIsLessCertainThanAWholeRequest() {
        Classification weak = classifier.classify("refund");
        Classification strong = classifier.classify("how do I get a refund for my order");
        assertThat(weak.intent()).isEqualTo("get_refund");
        assertThat(weak.confidence()).isLessThan(0.75);
        assertThat(strong.confidence()).isGreaterThan(weak.confidence() + 0.2);
    }

    @ParameterizedTest
    @ValueSource(strings = { "where is my order 1234", "refund", "你好", "cancel cancel cancel order order order" })
    void theIntentAndItsAlternativesAreAProbabilityDistributionMostLikelyFirst(String text) {
        Classification classification = classifier.classify(text);
        List<Double> confidences = new ArrayList<>(List.of(classification.confidence()));
        classification.alternatives().stream().map(IntentScore::confidence).forEach(confidences::add);

        assertThat(classification.alternatives()).hasSize(3)
                .extracting(IntentScore::intent).doesNotContain(classification.intent()).doesNotHaveDuplicates();
        assertThat(confidences).isSortedAccordingTo((a, b) -> Double.compare(b, a));
        assertThat(confidences.stream().mapToDouble(Double::doubleValue).sum()).isLessThanOrEqualTo(1.0);
        assertThat(classification.confidence()).isLessThan(1.0);
        assertThat(classification.modelVersion()).isEqualTo(KeywordClassifier.MODEL_VERSION);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            this is terrible, I'm furious           | negative
            I'm not happy with this                 | negative
            je ne suis pas content                  | negative
            c'est inadmissible, je suis déçu        | negative
            I'm going to sue you                    | negative
            thank you so much, perfect!             | positive
            merci beaucoup, parfait !               | positive
            not bad at all                          | positive
            where is my order 1234                  | neutral
            je voudrais annuler ma commande         | neutral
            """)
    void sentimentComesFromTheLexiconNegationsAndThreats(String text, String label) {
        Classification.Sentiment sentiment = classifier.classify(text).sentiment();
        assertThat(sentiment.label()).isEqualTo(label);
        assertThat(sentiment.score()).isBetween(0.5, 1.0);
    }

    @Test
    void everyIntentOfTheSharedTaxonomyHasPhrases() throws IOException {
        List<String> taxonomy = new ArrayList<>();
        try (InputStream schema = getClass().getClassLoader().getResourceAsStream("schemas/classification.v1.schema.json")) {
            JsonNode intents = new ObjectMapper().readTree(schema).at("/$defs/intent/enum");
            intents.forEach(intent -> taxonomy.add(intent.asText()));
        }
        taxonomy.remove(KeywordClassifier.OUT_OF_SCOPE);

        assertThat(taxonomy).hasSize(27);
        assertThat(PhraseTable.load("keyword-model/intents.tsv").keySet()).containsExactlyInAnyOrderElementsOf(taxonomy);
    }
}
