package dev.tandem.model.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

import dev.tandem.model.Probabilities;

class TemperatureTest {

    /** Labels drawn from softmax(z / 2): a model reporting z is overconfident, and T = 2 repairs it. */
    @Test
    void itRecoversTheTemperatureThatGeneratedTheLabels() {
        Random random = new Random(7);
        List<double[]> logits = new ArrayList<>();
        List<Integer> truth = new ArrayList<>();
        for (int i = 0; i < 20_000; i++) {
            double[] z = { random.nextGaussian() * 4, random.nextGaussian() * 4, random.nextGaussian() * 4 };
            double[] p = Probabilities.softmax(z, 2.0);
            double u = random.nextDouble();
            truth.add(u < p[0] ? 0 : u < p[0] + p[1] ? 1 : 2);
            logits.add(z);
        }

        assertThat(Temperature.fit(logits, truth)).isCloseTo(2.0, within(0.1));
    }
}
