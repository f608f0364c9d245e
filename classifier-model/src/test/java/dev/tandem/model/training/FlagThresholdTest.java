package dev.tandem.model.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class FlagThresholdTest {

    /** Nine flagged messages at 0.9 and one at 0.03; ninety unflagged at 0.01, five at 0.5. */
    private static final double[] PROBABILITY = new double[105];
    private static final boolean[] FLAGGED = new boolean[105];

    static {
        for (int i = 0; i < 9; i++) {
            PROBABILITY[i] = 0.9;
            FLAGGED[i] = true;
        }
        PROBABILITY[9] = 0.03;
        FLAGGED[9] = true;
        for (int i = 10; i < 100; i++) {
            PROBABILITY[i] = 0.01;
        }
        for (int i = 100; i < 105; i++) {
            PROBABILITY[i] = 0.5;
        }
    }

    @Test
    void recallWeighedHeavilyLowersTheThresholdToCatchTheQuietPositive() {
        // from 0.02 all ten are caught for five false alarms: with F3, one miss costs more than five alarms
        assertThat(Train.bestThreshold(PROBABILITY, FLAGGED, 3)).isCloseTo(0.02, within(1e-9));
    }

    @Test
    void precisionWeighedEquallyKeepsTheThresholdAboveTheFalseAlarms() {
        assertThat(Train.bestThreshold(PROBABILITY, FLAGGED, 1)).isCloseTo(0.51, within(1e-9));
    }
}
