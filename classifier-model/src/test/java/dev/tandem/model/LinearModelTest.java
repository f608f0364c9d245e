package dev.tandem.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class LinearModelTest {

    private final LinearModel parcels = model(Map.of("w:parcel", new float[] {2, -1}, "w:late", new float[] {1, 0}));
    private final LinearModel refunds = model(Map.of("w:refund", new float[] {-1, 3}, "w:late", new float[] {0.5f, 0.5f}));
    private final Map<String, Double> message = features("w:late", 0.6, "w:refund", 0.8, "w:unknown", 1.0);

    @Test
    void aModelScoresBiasPlusWeightTimesValueAndIgnoresFeaturesItLacks() {
        assertThat(parcels.logits(message)).containsExactly(new double[] {0.1 + 1 * 0.6, -0.1 + 0 * 0.6}, within(1e-6));
        assertThat(refunds.logits(message))
                .containsExactly(new double[] {0.1 + 0.5 * 0.6 - 1 * 0.8, -0.1 + 0.5 * 0.6 + 3 * 0.8}, within(1e-6));
    }

    @Test
    void modelsOnASharedVocabularyScoreExactlyAsAlone() {
        Vocabulary shared = Vocabulary.union(List.of(parcels, refunds));
        LinearModel sharedParcels = parcels.on(shared);
        LinearModel sharedRefunds = refunds.on(shared);

        Vocabulary.Encoded once = shared.encode(message);
        assertThat(once.count()).isEqualTo(2);
        assertThat(sharedParcels.logits(once)).containsExactly(parcels.logits(message));
        assertThat(sharedRefunds.logits(once)).containsExactly(refunds.logits(message));
        assertThat(sharedParcels.features()).isEqualTo(2);
        assertThat(sharedRefunds.contribution("w:parcel", 1, 0)).isZero();
    }

    @Test
    void featuresEncodedWithAnotherVocabularyAreRefused() {
        assertThatThrownBy(() -> parcels.logits(refunds.vocabulary().encode(message)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aModelWrittenOnASharedVocabularyReadsBackWithItsOwnFeaturesOnly() throws IOException {
        LinearModel shared = refunds.on(Vocabulary.union(List.of(parcels, refunds)));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        shared.writeTo(new DataOutputStream(bytes));

        LinearModel read = LinearModel.readFrom(new DataInputStream(new ByteArrayInputStream(bytes.toByteArray())));

        assertThat(read.features()).isEqualTo(2);
        assertThat(read.vocabulary().size()).isEqualTo(2);
        assertThat(read.logits(message)).containsExactly(refunds.logits(message));
    }

    @Test
    void theModelsOfTheShippedModelShareOneVocabulary() {
        MessageModel shipped = ModelArtifact.load();
        Vocabulary vocabulary = shipped.intents().vocabulary();
        assertThat(List.of(shipped.languages(), shipped.sentiments())).allMatch(m -> m.vocabulary() == vocabulary);
        assertThat(shipped.flagModels().values()).allMatch(m -> m.vocabulary() == vocabulary);
        assertThat(vocabulary.size()).isGreaterThanOrEqualTo(shipped.intents().features());
    }

    private static LinearModel model(Map<String, float[]> weights) {
        return new LinearModel(List.of("a", "b"), new LinkedHashMap<>(weights), new float[] {0.1f, -0.1f});
    }

    private static Map<String, Double> features(Object... namesAndValues) {
        Map<String, Double> features = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            features.put((String) namesAndValues[i], (Double) namesAndValues[i + 1]);
        }
        return features;
    }
}
