package dev.tandem.model;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The features some linear models know, each given a row number. The models of a {@link MessageModel}
 * share one, so a message's features are looked up once, not once per model.
 */
public final class Vocabulary {

    private final List<String> features;
    /** Feature to row, built on first use: a model read only to join a shared vocabulary never needs its own. */
    private volatile Map<String, Integer> rows;

    private Vocabulary(List<String> features) {
        this.features = features;
    }

    /** The features in this order, one row each. */
    static Vocabulary of(Collection<String> features) {
        return new Vocabulary(List.copyOf(features));
    }

    /** Every feature of these models, in the order they first appear. */
    static Vocabulary union(Collection<LinearModel> models) {
        Set<String> features = new LinkedHashSet<>();
        for (LinearModel model : models) {
            model.forEachFeature(features::add);
        }
        return of(features);
    }

    /** The row of a feature, or -1 for a feature no model knows. */
    public int row(String feature) {
        Integer row = rows().get(feature);
        return row == null ? -1 : row;
    }

    private Map<String, Integer> rows() {
        Map<String, Integer> built = rows;
        if (built == null) {
            // Two threads may both build it; either copy is the same, and the volatile write publishes it whole.
            built = new HashMap<>(features.size() * 2);
            for (int row = 0; row < features.size(); row++) {
                built.put(features.get(row), row);
            }
            rows = built;
        }
        return built;
    }

    String feature(int row) {
        return features.get(row);
    }

    public int size() {
        return features.size();
    }

    /** A message's features as rows of this vocabulary, in their order; unknown ones weigh nothing and are left out. */
    public Encoded encode(Map<String, Double> features) {
        int[] known = new int[features.size()];
        double[] values = new double[features.size()];
        int count = 0;
        for (Map.Entry<String, Double> feature : features.entrySet()) {
            int row = row(feature.getKey());
            if (row >= 0) {
                known[count] = row;
                values[count++] = feature.getValue();
            }
        }
        return new Encoded(this, count, known, values);
    }

    /** The first {@code count} rows and values are a message's known features. */
    public record Encoded(Vocabulary vocabulary, int count, int[] rows, double[] values) {
    }
}
