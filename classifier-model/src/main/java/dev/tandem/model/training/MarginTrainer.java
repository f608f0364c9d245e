package dev.tandem.model.training;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import de.bwaldvogel.liblinear.Feature;
import de.bwaldvogel.liblinear.FeatureNode;
import de.bwaldvogel.liblinear.Linear;
import de.bwaldvogel.liblinear.Model;
import de.bwaldvogel.liblinear.Parameter;
import de.bwaldvogel.liblinear.Problem;
import de.bwaldvogel.liblinear.SolverType;

import dev.tandem.model.LinearModel;

/**
 * One linear support vector machine per label against the rest (L2-regularised squared hinge loss),
 * solved to convergence by LIBLINEAR's dual coordinate descent, exported as a {@link LinearModel} whose
 * scores are the margins. Temperature scaling turns them into probabilities. Deterministic: LIBLINEAR
 * visits examples in a random order, and its generator is reset before each training.
 */
public final class MarginTrainer implements Trainer {

    /** LIBLINEAR's stopping tolerance for the dual solvers is 0.1; a tenth of it, for a model that no longer moves. */
    private static final double TOLERANCE = 0.01;
    static {
        Linear.disableDebugOutput();
    }

    private final double cost;

    /** @param cost LIBLINEAR's C: how much a margin violation costs against the size of the weights */
    public MarginTrainer(double cost) {
        this.cost = cost;
    }

    @Override
    public LinearModel train(List<Map<String, Double>> features, List<String> labels) {
        List<String> labelNames = labels.stream().distinct().sorted().toList();
        if (labelNames.size() < 3) {
            throw new IllegalArgumentException("one machine per label needs at least 3 labels, got " + labelNames);
        }
        Map<String, Integer> ids = new HashMap<>();
        List<String> names = new ArrayList<>();
        Problem problem = new Problem();
        problem.l = features.size();
        problem.x = new Feature[problem.l][];
        problem.y = new double[problem.l];
        for (int i = 0; i < problem.l; i++) {
            List<FeatureNode> row = new ArrayList<>();
            features.get(i).forEach((name, value) -> row.add(new FeatureNode(ids.computeIfAbsent(name, n -> {
                names.add(n);
                return names.size();
            }), value)));
            row.sort(Comparator.comparingInt(FeatureNode::getIndex));
            problem.x[i] = row.toArray(Feature[]::new);
            problem.y[i] = labelNames.indexOf(labels.get(i));
        }
        // The bias is one more feature, worth 1 in every example, after all the others.
        int biasId = names.size() + 1;
        for (int i = 0; i < problem.l; i++) {
            Feature[] withBias = Arrays.copyOf(problem.x[i], problem.x[i].length + 1);
            withBias[withBias.length - 1] = new FeatureNode(biasId, 1);
            problem.x[i] = withBias;
        }
        problem.n = biasId;
        problem.bias = 1;
        return export(train(problem), labelNames, names);
    }

    /** LIBLINEAR keeps its random generator in a static field: one training at a time keeps it reproducible. */
    private Model train(Problem problem) {
        synchronized (Linear.class) {
            Linear.resetRandom();
            return Linear.train(problem, new Parameter(SolverType.L2R_L2LOSS_SVC_DUAL, cost, TOLERANCE));
        }
    }

    /** LIBLINEAR lays the weights out feature by feature, one per class in the order of {@code getLabels()}. */
    private static LinearModel export(Model model, List<String> labelNames, List<String> names) {
        int classes = model.getNrClass();
        int[] classLabel = model.getLabels();
        double[] w = model.getFeatureWeights();
        Map<String, float[]> byFeature = new HashMap<>(names.size() * 2);
        float[] bias = new float[labelNames.size()];
        for (int c = 0; c < classes; c++) {
            bias[classLabel[c]] = (float) (w[names.size() * classes + c] * model.getBias());
        }
        for (int feature = 0; feature < names.size(); feature++) {
            float[] weights = new float[labelNames.size()];
            for (int c = 0; c < classes; c++) {
                weights[classLabel[c]] = (float) w[feature * classes + c];
            }
            byFeature.put(names.get(feature), weights);
        }
        return new LinearModel(labelNames, byFeature, bias);
    }
}
