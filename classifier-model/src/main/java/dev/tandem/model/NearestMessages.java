package dev.tandem.model;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The training messages that share most words and word pairs with a message, and how they were
 * labelled. Their vote, mixed into the linear model's probabilities, helps where one wording of a
 * situation has been seen before but weighs little among all the others. An inverted index keeps
 * the search to the training messages that share a word with the message.
 */
public final class NearestMessages {

    /** How many of the nearest training messages vote. */
    static final int NEIGHBOURS = 10;
    /** The vote's share of the mixed probability; the linear model keeps the rest. */
    static final double VOTE_WEIGHT = 0.35;

    private final List<String> labels;
    private final byte[] labelOf;
    private final Map<String, int[]> messagesWith;
    private final Map<String, float[]> valuesIn;

    private NearestMessages(List<String> labels, byte[] labelOf, Map<String, int[]> messagesWith,
            Map<String, float[]> valuesIn) {
        this.labels = List.copyOf(labels);
        this.labelOf = labelOf;
        this.messagesWith = messagesWith;
        this.valuesIn = valuesIn;
    }

    /**
     * @param features      the training messages, as {@link TextFeatures#of(String)} makes them
     * @param messageLabels the label of each message
     * @param labels        the order in which {@link #vote} reports the labels (the linear model's)
     */
    public static NearestMessages index(List<Map<String, Double>> features, List<String> messageLabels,
            List<String> labels) {
        byte[] labelOf = new byte[features.size()];
        Map<String, List<Integer>> messages = new HashMap<>();
        Map<String, List<Float>> values = new HashMap<>();
        for (int message = 0; message < features.size(); message++) {
            labelOf[message] = (byte) labels.indexOf(messageLabels.get(message));
            for (Map.Entry<String, Double> feature : wordsOf(features.get(message)).entrySet()) {
                messages.computeIfAbsent(feature.getKey(), key -> new ArrayList<>()).add(message);
                values.computeIfAbsent(feature.getKey(), key -> new ArrayList<>()).add(feature.getValue().floatValue());
            }
        }
        Map<String, int[]> messagesWith = new HashMap<>(messages.size() * 2);
        Map<String, float[]> valuesIn = new HashMap<>(messages.size() * 2);
        messages.forEach((feature, list) -> {
            messagesWith.put(feature, list.stream().mapToInt(Integer::intValue).toArray());
            List<Float> weights = values.get(feature);
            float[] array = new float[weights.size()];
            for (int i = 0; i < array.length; i++) {
                array[i] = weights.get(i);
            }
            valuesIn.put(feature, array);
        });
        return new NearestMessages(labels, labelOf, messagesWith, valuesIn);
    }

    /**
     * Per label (in the order given to {@link #index}), its share of the cosine similarity of the
     * {@value #NEIGHBOURS} nearest training messages; all zero when no training message shares a word.
     */
    public double[] vote(Map<String, Double> features) {
        float[] similarity = new float[labelOf.length];
        wordsOf(features).forEach((feature, value) -> {
            int[] messages = messagesWith.get(feature);
            if (messages != null) {
                float[] values = valuesIn.get(feature);
                for (int i = 0; i < messages.length; i++) {
                    similarity[messages[i]] += values[i] * value.floatValue();
                }
            }
        });
        int[] nearest = new int[NEIGHBOURS];
        int found = 0;
        for (int message = 0; message < similarity.length; message++) {
            if (similarity[message] > 0 && (found < NEIGHBOURS || similarity[message] > similarity[nearest[found - 1]])) {
                // Insertion into the short list, kept sorted from most to least similar.
                int position = Math.min(found, NEIGHBOURS - 1);
                while (position > 0 && similarity[nearest[position - 1]] < similarity[message]) {
                    nearest[position] = nearest[position - 1];
                    position--;
                }
                nearest[position] = message;
                found = Math.min(found + 1, NEIGHBOURS);
            }
        }
        double[] vote = new double[labels.size()];
        double total = 0;
        for (int i = 0; i < found; i++) {
            vote[labelOf[nearest[i]]] += similarity[nearest[i]];
            total += similarity[nearest[i]];
        }
        for (int label = 0; label < vote.length && total > 0; label++) {
            vote[label] /= total;
        }
        return vote;
    }

    /**
     * The intent scores the temperature calibrates: the log of the linear model's probabilities mixed
     * with the vote, or of the linear model's alone when no training message shares a word.
     */
    public static double[] mix(double[] logits, double[] vote) {
        double[] probabilities = Probabilities.softmax(logits, 1.0);
        double votes = 0;
        for (double share : vote) {
            votes += share;
        }
        double weight = votes > 0 ? VOTE_WEIGHT : 0;
        double[] scores = new double[logits.length];
        for (int label = 0; label < scores.length; label++) {
            scores[label] = Math.log(Math.max((1 - weight) * probabilities[label] + weight * vote[label], 1e-12));
        }
        return scores;
    }

    public int messages() {
        return labelOf.length;
    }

    /** The words and word pairs of a message's features, at length one: what makes messages neighbours. */
    static Map<String, Double> wordsOf(Map<String, Double> features) {
        Map<String, Double> words = new LinkedHashMap<>();
        features.forEach((feature, value) -> {
            if (!feature.startsWith(TextFeatures.CHARS)) {
                words.put(feature, value);
            }
        });
        double length = Math.sqrt(words.values().stream().mapToDouble(value -> value * value).sum());
        words.replaceAll((feature, value) -> value / length);
        return words;
    }

    void writeTo(DataOutputStream out) throws IOException {
        out.writeInt(labels.size());
        for (String label : labels) {
            out.writeUTF(label);
        }
        out.writeInt(labelOf.length);
        out.write(labelOf);
        out.writeInt(messagesWith.size());
        for (Map.Entry<String, int[]> feature : messagesWith.entrySet()) {
            out.writeUTF(feature.getKey());
            int[] messages = feature.getValue();
            float[] values = valuesIn.get(feature.getKey());
            out.writeInt(messages.length);
            for (int i = 0; i < messages.length; i++) {
                out.writeInt(messages[i]);
                out.writeFloat(values[i]);
            }
        }
    }

    static NearestMessages readFrom(DataInputStream in) throws IOException {
        List<String> labels = new ArrayList<>();
        int labelCount = in.readInt();
        for (int i = 0; i < labelCount; i++) {
            labels.add(in.readUTF());
        }
        byte[] labelOf = new byte[in.readInt()];
        in.readFully(labelOf);
        int featureCount = in.readInt();
        Map<String, int[]> messagesWith = new HashMap<>(featureCount * 2);
        Map<String, float[]> valuesIn = new HashMap<>(featureCount * 2);
        for (int f = 0; f < featureCount; f++) {
            String feature = in.readUTF();
            int[] messages = new int[in.readInt()];
            float[] values = new float[messages.length];
            for (int i = 0; i < messages.length; i++) {
                messages[i] = in.readInt();
                values[i] = in.readFloat();
            }
            messagesWith.put(feature, messages);
            valuesIn.put(feature, values);
        }
        return new NearestMessages(labels, labelOf, messagesWith, valuesIn);
    }
}
