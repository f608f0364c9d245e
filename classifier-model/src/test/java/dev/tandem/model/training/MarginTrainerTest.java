package dev.tandem.model.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.tandem.model.LinearModel;
import dev.tandem.model.Probabilities;
import dev.tandem.model.TextFeatures;

class MarginTrainerTest {

    private static final List<String> TEXTS = List.of(
            "where is my parcel", "my parcel has not arrived", "track my parcel please",
            "cancel my order", "I want to cancel the order", "please cancel it",
            "reset my password", "forgot my password", "password reset link");
    private static final List<String> LABELS = List.of(
            "track_order", "track_order", "track_order",
            "cancel_order", "cancel_order", "cancel_order",
            "recover_password", "recover_password", "recover_password");

    private static LinearModel train() {
        List<Map<String, Double>> features = new ArrayList<>();
        TEXTS.forEach(text -> features.add(TextFeatures.of(text)));
        return new MarginTrainer(2).train(features, LABELS);
    }

    private static String predict(LinearModel model, String text) {
        return model.labels().get(Probabilities.argmax(model.logits(TextFeatures.of(text))));
    }

    @Test
    void theExportedWeightsScoreEachLabelByItsOwnMachine() {
        LinearModel model = train();

        assertThat(model.labels()).containsExactly("cancel_order", "recover_password", "track_order");
        assertThat(predict(model, "where has my parcel gone")).isEqualTo("track_order");
        assertThat(predict(model, "cancel this order")).isEqualTo("cancel_order");
        assertThat(predict(model, "I forgot the password")).isEqualTo("recover_password");
    }

    @Test
    void theSameDataGivesTheSameModel() {
        Map<String, Double> message = TextFeatures.of("my parcel, and cancel the password");

        assertThat(train().logits(message)).containsExactly(train().logits(message));
    }
}
