package dev.tandem.model.training;

import java.util.List;
import java.util.OptionalDouble;

/**
 * The lowest confidence from which answers of one intent may be automated, so that with
 * probability at least 1 − δ the precision of what is automated is at least the target — a
 * finite-sample guarantee, not a hand-picked number.
 *
 * <p>Learn then Test (Angelopoulos et al., 2021): the thresholds of a fixed grid are tested from
 * the highest down; a threshold passes when the exact (Clopper–Pearson) upper bound of the error
 * rate among the held-out predictions at or above it is within 1 − target. Testing in a fixed order
 * and stopping at the first failure keeps the guarantee without correcting for the number of
 * thresholds tried.
 */
public final class AutomationThresholds {

    /** The candidate thresholds, in the order they are tested. */
    static final double[] GRID = { 0.999, 0.995, 0.99, 0.98, 0.97, 0.95, 0.9, 0.85, 0.8, 0.7, 0.6, 0.5 };

    /** One held-out prediction of the intent: its calibrated confidence, and whether it was right. */
    public record Prediction(double confidence, boolean correct) {
    }

    /**
     * @return the threshold, or empty when not even the most confident predictions are provably
     *         precise enough (then the intent is never automated)
     */
    public static OptionalDouble select(List<Prediction> predictions, double targetPrecision, double delta) {
        OptionalDouble threshold = OptionalDouble.empty();
        for (double candidate : GRID) {
            List<Prediction> automated = predictions.stream().filter(p -> p.confidence() >= candidate).toList();
            int errors = (int) automated.stream().filter(p -> !p.correct()).count();
            if (automated.isEmpty() || errorUpperBound(errors, automated.size(), delta) > 1 - targetPrecision) {
                break;
            }
            threshold = OptionalDouble.of(candidate);
        }
        return threshold;
    }

    /**
     * Whether these predictions show, at level δ, that answers at or above {@code threshold} are less
     * precise than the target: the errors among them are more than an error rate of 1 − target would
     * give, with probability below δ (one-sided exact binomial test). No predictions, no evidence.
     */
    static boolean refutes(List<Prediction> predictions, double threshold, double targetPrecision, double delta) {
        List<Prediction> automated = predictions.stream().filter(p -> p.confidence() >= threshold).toList();
        int errors = (int) automated.stream().filter(p -> !p.correct()).count();
        if (errors == 0) {
            return false;
        }
        double atLeastThatMany = 1 - binomialCdf(errors - 1, automated.size(), 1 - targetPrecision);
        return atLeastThatMany < delta;
    }

    /**
     * The Clopper–Pearson upper bound: the largest error rate p under which seeing at most
     * {@code errors} errors in {@code n} trials still has probability at least δ.
     */
    static double errorUpperBound(int errors, int n, double delta) {
        if (errors >= n) {
            return 1;
        }
        double low = (double) errors / n;
        double high = 1;
        for (int step = 0; step < 60; step++) {
            double mid = (low + high) / 2;
            if (binomialCdf(errors, n, mid) >= delta) {
                low = mid;
            } else {
                high = mid;
            }
        }
        return high;
    }

    /** P(X ≤ k) for X ~ Binomial(n, p), summed in log space to stay exact for large n. */
    static double binomialCdf(int k, int n, double p) {
        double sum = 0;
        double logCoefficient = 0;
        for (int i = 0; i <= k; i++) {
            if (i > 0) {
                logCoefficient += Math.log(n - i + 1) - Math.log(i);
            }
            sum += Math.exp(logCoefficient + i * Math.log(p) + (n - i) * Math.log1p(-p));
        }
        return Math.min(1, sum);
    }

    private AutomationThresholds() {
    }
}
