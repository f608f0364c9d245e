package dev.tandem.model.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.tandem.model.training.AutomationThresholds.Prediction;

class AutomationThresholdsTest {

    private static List<Prediction> predictions(int count, double confidence, int wrong) {
        List<Prediction> predictions = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            predictions.add(new Prediction(confidence, i >= wrong));
        }
        return predictions;
    }

    @Test
    void theClopperPearsonBoundMatchesItsClosedFormWithoutErrors() {
        // With no error in n trials the bound solves (1 - p)^n = δ.
        assertThat(AutomationThresholds.errorUpperBound(0, 100, 0.05)).isCloseTo(1 - Math.pow(0.05, 0.01), within(1e-9));
        assertThat(AutomationThresholds.errorUpperBound(3, 3, 0.05)).isEqualTo(1);
    }

    @Test
    void theBoundTightensWithMoreEvidence() {
        assertThat(AutomationThresholds.errorUpperBound(1, 1000, 0.05))
                .isLessThan(AutomationThresholds.errorUpperBound(1, 100, 0.05));
    }

    @Test
    void theThresholdStaysAboveThePredictionsThatAreNotPreciseEnough() {
        List<Prediction> predictions = new ArrayList<>();
        predictions.addAll(predictions(400, 0.999, 0)); // always right
        predictions.addAll(predictions(300, 0.96, 1)); // nearly always right
        predictions.addAll(predictions(200, 0.75, 40)); // wrong one time in five

        double threshold = AutomationThresholds.select(predictions, 0.98, 0.05).orElseThrow();

        // 0.8 keeps the 700 good predictions and none of the 0.75 group; 0.7 would take in its 40 errors.
        assertThat(threshold).isEqualTo(0.8);
    }

    @Test
    void tooLittleEvidenceAutomatesNothing() {
        assertThat(AutomationThresholds.select(predictions(20, 0.999, 0), 0.98, 0.05)).isEmpty();
    }

    @Test
    void aWrongMostConfidentGroupAutomatesNothing() {
        assertThat(AutomationThresholds.select(predictions(500, 0.999, 50), 0.98, 0.05)).isEmpty();
    }

    @Test
    void oneErrorInFewPredictionsDoesNotRefuteTheTargetButManyErrorsDo() {
        // 1 error in 41 is what a 0.98 precision gives more than half the time.
        assertThat(AutomationThresholds.refutes(predictions(41, 0.995, 1), 0.99, 0.98, 0.05)).isFalse();
        // 5 errors in 41: with 2 % errors that many happens well under 5 % of the time.
        assertThat(AutomationThresholds.refutes(predictions(41, 0.995, 5), 0.99, 0.98, 0.05)).isTrue();
        // Predictions below the threshold are not evidence either way.
        assertThat(AutomationThresholds.refutes(predictions(41, 0.9, 41), 0.99, 0.98, 0.05)).isFalse();
    }
}
