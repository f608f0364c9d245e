package dev.tandem.model.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.tandem.model.LinearModel;
import dev.tandem.model.TextFeatures;

class InverseMessageFrequencyTest {

    @Test
    void aRareFeatureWeighsMoreThanOneInEveryMessageAndTheAverageMessageKeepsLengthOne() {
        // "w:my" is in all four messages, "w:parcel" in one.
        List<Map<String, Double>> messages = List.of(
                Map.of("w:my", 0.6, "w:parcel", 0.8), Map.of("w:my", 1.0), Map.of("w:my", 1.0), Map.of("w:my", 1.0));

        Map<String, Double> weights = InverseMessageFrequency.weights(messages, 1);

        assertThat(weights.get("w:parcel") / weights.get("w:my")).isCloseTo(Math.log(5 / 2.0) + 1, within(1e-9));
        double lengths = Math.hypot(0.6 * weights.get("w:my"), 0.8 * weights.get("w:parcel")) + 3 * weights.get("w:my");
        assertThat(lengths / 4).isCloseTo(1, within(1e-9));
    }

    @Test
    void aFeatureOfFewerMessagesThanTheMinimumIsLeftOut() {
        List<Map<String, Double>> messages = List.of(Map.of("w:my", 1.0, "w:parcel", 1.0), Map.of("w:my", 1.0));

        assertThat(InverseMessageFrequency.weights(messages, 2)).containsOnlyKeys("w:my");
        assertThat(InverseMessageFrequency.weights(messages, 1)).containsOnlyKeys("w:my", "w:parcel");
    }

    @Test
    void theModelReturnedScoresUnweighedFeaturesAsTheInnerModelScoresWeighedOnes() {
        List<String> texts = List.of("where is my parcel", "my parcel has not arrived", "track my parcel please",
                "cancel my order", "I want to cancel the order", "please cancel it",
                "reset my password", "forgot my password", "password reset link");
        List<String> labels = List.of("track_order", "track_order", "track_order", "cancel_order", "cancel_order",
                "cancel_order", "recover_password", "recover_password", "recover_password");
        List<Map<String, Double>> features = new ArrayList<>();
        texts.forEach(text -> features.add(TextFeatures.of(text)));
        MarginTrainer inner = new MarginTrainer(2);

        LinearModel weighed = new InverseMessageFrequency(inner, 2).train(features, labels);

        Map<String, Double> weights = InverseMessageFrequency.weights(features, 2);
        LinearModel trainedOnWeighed = inner.train(
                features.stream().map(message -> InverseMessageFrequency.weigh(message, weights)).toList(), labels);
        Map<String, Double> message = TextFeatures.of("my parcel, and cancel the password");
        assertThat(weighed.logits(message)).containsExactly(
                trainedOnWeighed.logits(InverseMessageFrequency.weigh(message, weights)), within(1e-5));
        // A feature of a single training message has no weight: "arrived".
        assertThat(weighed.contribution("w:arrived", 1, 0)).isZero();
        assertThat(weighed.contribution("w:parcel", 1, weighed.labels().indexOf("track_order"))).isPositive();
    }
}
