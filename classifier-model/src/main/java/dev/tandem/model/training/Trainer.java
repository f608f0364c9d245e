package dev.tandem.model.training;

import java.util.List;
import java.util.Map;

import dev.tandem.model.LinearModel;

/** Learns a {@link LinearModel} from feature vectors, as {@code TextFeatures.of} makes them, and their labels. */
public interface Trainer {

    LinearModel train(List<Map<String, Double>> features, List<String> labels);
}
