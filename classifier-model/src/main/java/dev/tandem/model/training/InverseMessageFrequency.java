package dev.tandem.model.training;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.tandem.model.LinearModel;

/**
 * Trains a model on features weighed by how rare they are in the training messages: each by
 * ln((n + 1) / (messages with it + 1)) + 1, over the n messages, so that a rare word tells more than one
 * every message has; all scaled so that the average training message keeps length one, as
 * {@code TextFeatures} made it. The weights are folded into the model returned, so it reads features
 * as {@code TextFeatures} makes them. Features seen in fewer than {@code minMessages} training messages
 * are left out.
 */
public final class InverseMessageFrequency implements Trainer {

    private final Trainer trainer;
    private final int minMessages;

    public InverseMessageFrequency(Trainer trainer, int minMessages) {
        this.trainer = trainer;
        this.minMessages = minMessages;
    }

    @Override
    public LinearModel train(List<Map<String, Double>> features, List<String> labels) {
        Map<String, Double> weights = weights(features, minMessages);
        List<Map<String, Double>> weighed = features.stream().map(message -> weigh(message, weights)).toList();
        return trainer.train(weighed, labels).scaled(weights);
    }

    /** Each feature's weight, for the features of at least {@code minMessages} of these messages. */
    static Map<String, Double> weights(List<Map<String, Double>> messages, int minMessages) {
        Map<String, Integer> messagesWith = new HashMap<>();
        messages.forEach(message -> message.keySet().forEach(name -> messagesWith.merge(name, 1, Integer::sum)));
        Map<String, Double> weights = new HashMap<>();
        messagesWith.forEach((name, count) -> {
            if (count >= minMessages) {
                weights.put(name, Math.log((messages.size() + 1.0) / (count + 1.0)) + 1);
            }
        });
        double lengths = 0;
        for (Map<String, Double> message : messages) {
            double squares = 0;
            for (Map.Entry<String, Double> feature : message.entrySet()) {
                squares += Math.pow(feature.getValue() * weights.getOrDefault(feature.getKey(), 0.0), 2);
            }
            lengths += Math.sqrt(squares);
        }
        double meanLength = lengths / messages.size();
        weights.replaceAll((name, weight) -> weight / meanLength);
        return weights;
    }

    /** The message's features that have a weight, each multiplied by it, in their order. */
    static Map<String, Double> weigh(Map<String, Double> message, Map<String, Double> weights) {
        Map<String, Double> weighed = new LinkedHashMap<>();
        message.forEach((name, value) -> {
            Double weight = weights.get(name);
            if (weight != null) {
                weighed.put(name, value * weight);
            }
        });
        return weighed;
    }
}
