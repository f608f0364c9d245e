package dev.tandem.model;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A trained linear classifier as the service runs it: one weight per feature and label, and a bias
 * per label. Scoring a message is a sparse dot product, so it costs microseconds and needs none of
 * the training library.
 */
public final class LinearModel {

    private final List<String> labels;
    private final Map<String, float[]> weights;
    private final float[] bias;

    /** @param weights per feature, one weight per label (in the order of {@code labels}) */
    public LinearModel(List<String> labels, Map<String, float[]> weights, float[] bias) {
        this.labels = List.copyOf(labels);
        this.weights = weights;
        this.bias = bias;
    }

    public List<String> labels() {
        return labels;
    }

    /** The score of each label (a log-odds or a margin, up to a constant), in the order of {@link #labels()}. */
    public double[] logits(Map<String, Double> features) {
        double[] logits = new double[labels.size()];
        for (int label = 0; label < logits.length; label++) {
            logits[label] = bias[label];
        }
        features.forEach((feature, value) -> {
            float[] w = weights.get(feature);
            if (w != null) {
                for (int label = 0; label < logits.length; label++) {
                    logits[label] += w[label] * value;
                }
            }
        });
        return logits;
    }

    /** What one feature adds to a label's score for this value. */
    public double contribution(String feature, double value, int label) {
        float[] w = weights.get(feature);
        return w == null ? 0 : w[label] * value;
    }

    public int features() {
        return weights.size();
    }

    void writeTo(DataOutputStream out) throws IOException {
        out.writeInt(labels.size());
        for (String label : labels) {
            out.writeUTF(label);
        }
        for (float b : bias) {
            out.writeFloat(b);
        }
        out.writeInt(weights.size());
        for (Map.Entry<String, float[]> feature : weights.entrySet()) {
            out.writeUTF(feature.getKey());
            for (float w : feature.getValue()) {
                out.writeFloat(w);
            }
        }
    }

    static LinearModel readFrom(DataInputStream in) throws IOException {
        int labelCount = in.readInt();
        String[] labels = new String[labelCount];
        for (int i = 0; i < labelCount; i++) {
            labels[i] = in.readUTF();
        }
        float[] bias = new float[labelCount];
        for (int i = 0; i < labelCount; i++) {
            bias[i] = in.readFloat();
        }
        int featureCount = in.readInt();
        Map<String, float[]> weights = new HashMap<>(featureCount * 2);
        for (int f = 0; f < featureCount; f++) {
            String name = in.readUTF();
            float[] w = new float[labelCount];
            for (int i = 0; i < labelCount; i++) {
                w[i] = in.readFloat();
            }
            weights.put(name, w);
        }
        return new LinearModel(List.of(labels), weights, bias);
    }
}
