package dev.tandem.model.training;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.tribuo.ImmutableFeatureMap;
import org.tribuo.ImmutableOutputInfo;
import org.tribuo.MutableDataset;
import org.tribuo.classification.Label;
import org.tribuo.classification.LabelFactory;
import org.tribuo.classification.sgd.linear.LinearSGDModel;
import org.tribuo.classification.sgd.linear.LinearSGDTrainer;
import org.tribuo.classification.sgd.objectives.LogMulticlass;
import org.tribuo.impl.ArrayExample;
import org.tribuo.math.la.DenseMatrix;
import org.tribuo.math.optimisers.AdaGrad;
import org.tribuo.provenance.SimpleDataSourceProvenance;

import dev.tandem.model.LinearModel;

/**
 * Multinomial logistic regression trained with Tribuo (stochastic gradient descent, AdaGrad, a
 * fixed seed: the same data gives the same model), exported as a {@link LinearModel}.
 */
public final class LogisticTrainer implements Trainer {

    private static final LabelFactory LABELS = new LabelFactory();
    /** Tribuo logs every epoch at INFO. Held here: the logging system keeps only weak references to loggers. */
    private static final Logger TRIBUO = Logger.getLogger("org.tribuo");

    static {
        TRIBUO.setLevel(Level.WARNING);
    }

    private final int epochs;
    private final double learningRate;
    private final long seed;

    public LogisticTrainer(int epochs, double learningRate, long seed) {
        this.epochs = epochs;
        this.learningRate = learningRate;
        this.seed = seed;
    }

    /** @param features one feature vector per example, as {@code TextFeatures.of} makes them */
    @Override
    public LinearModel train(List<Map<String, Double>> features, List<String> labels) {
        MutableDataset<Label> dataset = new MutableDataset<>(new SimpleDataSourceProvenance("tandem", LABELS), LABELS);
        for (int i = 0; i < features.size(); i++) {
            Map<String, Double> example = features.get(i);
            String[] names = example.keySet().toArray(String[]::new);
            double[] values = example.values().stream().mapToDouble(Double::doubleValue).toArray();
            dataset.add(new ArrayExample<>(new Label(labels.get(i)), names, values));
        }
        LinearSGDTrainer trainer = new LinearSGDTrainer(new LogMulticlass(), new AdaGrad(learningRate, 0.1), epochs,
                Integer.MAX_VALUE, 1, seed);
        return export(trainer.train(dataset));
    }

    /** Tribuo keeps one row per label and one column per feature, the bias in the last column. */
    private static LinearModel export(LinearSGDModel model) {
        DenseMatrix weights = model.getWeightsCopy();
        ImmutableOutputInfo<Label> outputs = model.getOutputIDInfo();
        ImmutableFeatureMap featureMap = model.getFeatureIDMap();
        int labelCount = outputs.size();
        List<String> labels = new ArrayList<>();
        for (int id = 0; id < labelCount; id++) {
            labels.add(outputs.getOutput(id).getLabel());
        }
        float[] bias = new float[labelCount];
        int biasColumn = featureMap.size();
        for (int id = 0; id < labelCount; id++) {
            bias[id] = (float) weights.get(id, biasColumn);
        }
        Map<String, float[]> byFeature = new HashMap<>(featureMap.size() * 2);
        for (int featureId = 0; featureId < featureMap.size(); featureId++) {
            float[] w = new float[labelCount];
            for (int id = 0; id < labelCount; id++) {
                w[id] = (float) weights.get(id, featureId);
            }
            byFeature.put(featureMap.get(featureId).getName(), w);
        }
        return new LinearModel(labels, byFeature, bias);
    }
}
