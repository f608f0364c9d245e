package dev.tandem.model;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * A trained linear classifier as the service runs it: one weight per feature and label, and a bias
 * per label. Scoring a message is a sparse dot product, so it costs microseconds and needs none of
 * the training library.
 */
public final class LinearModel {

    private final List<String> labels;
    private final Vocabulary vocabulary;
    /** The weights of the feature of row {@code r}, one per label, from {@code r * labels.size()}; 0 for a feature this model lacks. */
    private final float[] weights;
    /** The rows of this model's own features, in the order it was trained or read with. */
    private final int[] own;
    private final float[] bias;

    /** @param weights per feature, one weight per label (in the order of {@code labels}) */
    public LinearModel(List<String> labels, Map<String, float[]> weights, float[] bias) {
        this.labels = List.copyOf(labels);
        this.vocabulary = Vocabulary.of(weights.keySet());
        this.weights = new float[weights.size() * labels.size()];
        this.own = new int[weights.size()];
        int row = 0;
        for (float[] w : weights.values()) {
            System.arraycopy(w, 0, this.weights, row * labels.size(), labels.size());
            own[row] = row;
            row++;
        }
        this.bias = bias;
    }

    private LinearModel(List<String> labels, Vocabulary vocabulary, float[] weights, int[] own, float[] bias) {
        this.labels = labels;
        this.vocabulary = vocabulary;
        this.weights = weights;
        this.own = own;
        this.bias = bias;
    }

    /** The same model reading a larger vocabulary that holds all of its features (one shared by several models). */
    LinearModel on(Vocabulary shared) {
        if (shared == vocabulary) {
            return this;
        }
        int width = labels.size();
        float[] moved = new float[shared.size() * width];
        int[] rows = new int[own.length];
        for (int i = 0; i < own.length; i++) {
            rows[i] = shared.row(vocabulary.feature(own[i]));
            System.arraycopy(weights, own[i] * width, moved, rows[i] * width, width);
        }
        return new LinearModel(labels, shared, moved, rows, bias);
    }

    /**
     * The same model for features each divided by a factor: each feature's weights multiplied by its
     * factor (a feature without one keeps its weights). A model trained on weighed features so reads
     * them unweighed.
     */
    public LinearModel scaled(Map<String, Double> factors) {
        int width = labels.size();
        float[] scaled = weights.clone();
        for (int row : own) {
            Double factor = factors.get(vocabulary.feature(row));
            if (factor == null) {
                continue;
            }
            for (int label = 0; label < width; label++) {
                scaled[row * width + label] = (float) (scaled[row * width + label] * factor);
            }
        }
        return new LinearModel(labels, vocabulary, scaled, own, bias);
    }

    public List<String> labels() {
        return labels;
    }

    public Vocabulary vocabulary() {
        return vocabulary;
    }

    /** The score of each label (a log-odds or a margin, up to a constant), in the order of {@link #labels()}. */
    public double[] logits(Map<String, Double> features) {
        return logits(vocabulary.encode(features));
    }

    /** The same, for features already looked up in this model's vocabulary. */
    public double[] logits(Vocabulary.Encoded features) {
        if (features.vocabulary() != vocabulary) {
            throw new IllegalArgumentException("Features encoded with another vocabulary");
        }
        int width = labels.size();
        double[] logits = new double[width];
        for (int label = 0; label < width; label++) {
            logits[label] = bias[label];
        }
        for (int i = 0; i < features.count(); i++) {
            int from = features.rows()[i] * width;
            double value = features.values()[i];
            for (int label = 0; label < width; label++) {
                logits[label] += weights[from + label] * value;
            }
        }
        return logits;
    }

    /** What one feature adds to a label's score for this value. */
    public double contribution(String feature, double value, int label) {
        int row = vocabulary.row(feature);
        return row < 0 ? 0 : weights[row * labels.size() + label] * value;
    }

    /** How many features this model learned weights for. */
    public int features() {
        return own.length;
    }

    void forEachFeature(Consumer<String> action) {
        for (int row : own) {
            action.accept(vocabulary.feature(row));
        }
    }

    void writeTo(DataOutputStream out) throws IOException {
        out.writeInt(labels.size());
        for (String label : labels) {
            out.writeUTF(label);
        }
        for (float b : bias) {
            out.writeFloat(b);
        }
        out.writeInt(own.length);
        for (int row : own) {
            out.writeUTF(vocabulary.feature(row));
            for (int label = 0; label < labels.size(); label++) {
                out.writeFloat(weights[row * labels.size() + label]);
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
        List<String> features = new ArrayList<>(featureCount);
        float[] weights = new float[featureCount * labelCount];
        int[] own = new int[featureCount];
        for (int row = 0; row < featureCount; row++) {
            features.add(in.readUTF());
            for (int i = 0; i < labelCount; i++) {
                weights[row * labelCount + i] = in.readFloat();
            }
            own[row] = row;
        }
        return new LinearModel(List.of(labels), Vocabulary.of(features), weights, own, bias);
    }
}
