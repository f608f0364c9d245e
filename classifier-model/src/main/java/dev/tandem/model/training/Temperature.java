package dev.tandem.model.training;

import java.util.List;

import dev.tandem.model.Probabilities;

/**
 * Temperature scaling (Guo et al., 2017): the one number that, dividing every score, makes the
 * probabilities honest on data the model did not learn from, chosen by the likelihood of the
 * right answers. It changes confidences, never which label wins.
 */
public final class Temperature {

    private static final double LOWEST = Math.log(0.05);
    private static final double HIGHEST = Math.log(20);
    private static final double GOLDEN = (Math.sqrt(5) - 1) / 2;

    /** @param truth for each example, the index of its right label among its logits */
    public static double fit(List<double[]> logits, List<Integer> truth) {
        double low = LOWEST;
        double high = HIGHEST;
        // The negative log-likelihood is unimodal in log T: golden-section search.
        for (int step = 0; step < 60; step++) {
            double left = high - GOLDEN * (high - low);
            double right = low + GOLDEN * (high - low);
            if (negativeLogLikelihood(logits, truth, Math.exp(left)) < negativeLogLikelihood(logits, truth,
                    Math.exp(right))) {
                high = right;
            } else {
                low = left;
            }
        }
        return Math.exp((low + high) / 2);
    }

    static double negativeLogLikelihood(List<double[]> logits, List<Integer> truth, double temperature) {
        double sum = 0;
        for (int i = 0; i < logits.size(); i++) {
            sum -= Math.log(Math.max(Probabilities.softmax(logits.get(i), temperature)[truth.get(i)], 1e-12));
        }
        return sum / logits.size();
    }

    private Temperature() {
    }
}
