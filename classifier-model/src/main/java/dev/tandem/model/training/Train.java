package dev.tandem.model.training;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Random;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.IntStream;

import dev.tandem.model.FlagRules;
import dev.tandem.model.LinearModel;
import dev.tandem.model.MessageModel;
import dev.tandem.model.ModelArtifact;
import dev.tandem.model.Probabilities;
import dev.tandem.model.TextFeatures;

/**
 * Trains the model: {@code Train <data dir> <output dir> <target precision>}. Reproducible (fixed
 * seeds), and skipped when the data, the target and the code that reads them are unchanged.
 *
 * <p>Calibration and thresholds need predictions on data the model did not learn from: every
 * model is first trained {@value #FOLDS} times, each time without one fold of the data, and
 * predicts that fold. The temperature, the automation thresholds and the flag thresholds are
 * fitted on these out-of-fold predictions; the shipped models are then trained on all the data.
 */
public final class Train {

    static final String FAMILY = "tandem-linear-12";
    static final int FOLDS = 5;
    static final long SEED = 20261121L;
    /** The automation thresholds hold with probability at least 1 − δ. */
    static final double DELTA = 0.05;
    /**
     * A flag model raises its flag from the probability with the best F3 out of fold: recall counts
     * nine times as much as precision, as a missed flag costs more than a false alarm (an alarm costs a
     * person's look at a message). With folds grouped by batch, F2 caught 96.1 % of distress, F3 98.0 %
     * (README "Where it stands").
     */
    static final double F_BETA = 3;
    /** Messages without the flag kept per message with it, to train the flag models fast. */
    static final int NEGATIVES_PER_POSITIVE = 6;
    public static final List<String> FLAGS = List.of("human_requested", "legal_threat", "churn_threat", "distress",
            "fraud_or_security");

    /**
     * The intents: one margin machine per intent, C = 2 (README "How it is made": +0.8 / +0.3 point out
     * of fold over logistic regression, +0.9 / +0.5 with folds grouped by batch), on the features of at
     * least two training messages (half the vocabulary, for 0.1 point), weighed by how rare they are
     * (+0.8 / +1.0 point, grouped).
     */
    private static final Trainer INTENTS = new InverseMessageFrequency(new MarginTrainer(2), 2);
    /**
     * Language, sentiment and, weighed, flags: logistic regression, whose probabilities the flag thresholds read.
     * Learning rate 1.0 rather than 0.5: +1 point out of fold on the naturally written messages; 2.0 was worse.
     */
    private static final Trainer LOGISTIC = new LogisticTrainer(6, 1.0, SEED);
    /**
     * The flag models weigh rare features more, as the intent model does: out of fold, with sibling
     * batches grouped, the same recall or better for every flag, and fewer false alarms for
     * {@code distress} (9.9 % → 7.5 %) and {@code human_requested} (4.2 % → 3.7 %), more for
     * {@code churn_threat} (8.1 % → 9.6 %).
     */
    private static final Trainer FLAG_MODELS = new InverseMessageFrequency(LOGISTIC, 1);

    public static void main(String[] args) throws IOException {
        Path data = Path.of(args[0]);
        Path output = Path.of(args[1]);
        double targetPrecision = Double.parseDouble(args[2]);
        Corpus corpus = new Corpus(data);
        String fingerprint = fingerprint(corpus, targetPrecision);
        Path stamp = output.resolve("fingerprint");
        if (Files.exists(stamp) && Files.readString(stamp).equals(fingerprint)
                && Files.exists(output.resolve("tandem-classifier.bin"))
                && Files.exists(output.resolve(ModelArtifact.THRESHOLDS))) {
            System.out.println("Model up to date: " + version(fingerprint));
            return;
        }
        long start = System.nanoTime();
        MessageModel model = train(corpus.training(), version(fingerprint), targetPrecision);
        Files.createDirectories(output);
        try (OutputStream out = Files.newOutputStream(output.resolve("tandem-classifier.bin"))) {
            ModelArtifact.write(model, out);
        }
        ModelArtifact.writeThresholds(model, output.resolve(ModelArtifact.THRESHOLDS));
        Files.writeString(stamp, fingerprint);
        System.out.printf("Trained %s in %.1f s: %d intent features, temperature %.2f, %d of %d intents automatable%n",
                model.version(), (System.nanoTime() - start) / 1e9, model.intents().features(),
                model.intentTemperature(), model.automationThresholds().size(), model.intents().labels().size() - 1);
    }

    public static MessageModel train(List<Example> corpus, String version, double targetPrecision) {
        // A message of symbols or emoji only has no features, so nothing to teach.
        List<Example> examples = new ArrayList<>();
        List<Map<String, Double>> features = new ArrayList<>();
        for (Example example : corpus) {
            Map<String, Double> of = TextFeatures.of(example.text());
            if (!of.isEmpty()) {
                examples.add(example);
                features.add(of);
            }
        }
        int[] fold = folds(examples);

        Labelled intents = new Labelled(features, examples.stream().map(Example::intent).toList());
        OutOfFold intentPredictions = outOfFold(intents, fold, INTENTS);
        // Customers write naturally; Bitext's templated wording is easier and would make the model look
        // surer than it is: calibration and thresholds are fitted on the naturally written messages.
        boolean[] natural = new boolean[examples.size()];
        for (int i = 0; i < natural.length; i++) {
            natural[i] = examples.get(i).source().startsWith("tandem-");
        }
        List<Integer> naturalIndexes = IntStream.range(0, natural.length).filter(i -> natural[i]).boxed().toList();
        double intentTemperature = Temperature.fit(naturalIndexes.stream().map(intentPredictions.logits()::get).toList(),
                naturalIndexes.stream().map(intentPredictions.truth()::get).toList());
        Map<String, Double> thresholds = automationThresholds(intentPredictions, natural, intentTemperature,
                targetPrecision);
        printNaturalAccuracy(examples, intentPredictions, naturalIndexes);

        Labelled sentiments = intents.where(i -> examples.get(i).sentiment() != null, i -> examples.get(i).sentiment());
        OutOfFold sentimentPredictions = outOfFold(sentiments, sentiments.folds(fold), LOGISTIC);
        double sentimentTemperature = Temperature.fit(sentimentPredictions.logits(), sentimentPredictions.truth());

        Map<String, LinearModel> flagModels = new LinkedHashMap<>();
        Map<String, Double> flagThresholds = new LinkedHashMap<>();
        for (String flag : FLAGS) {
            Random sample = new Random(SEED);
            long positives = examples.stream().filter(e -> e.flags().contains(flag)).count();
            double keepNegative = Math.min(1.0, NEGATIVES_PER_POSITIVE * positives / (double) examples.size());
            Labelled flagged = intents.where(
                    i -> examples.get(i).flags().contains(flag) || sample.nextDouble() < keepNegative,
                    i -> examples.get(i).flags().contains(flag) ? MessageModel.YES : MessageModel.NO);
            flagThresholds.put(flag, flagThreshold(outOfFold(flagged, flagged.folds(fold), FLAG_MODELS)));
            flagModels.put(flag, flagged.train(FLAG_MODELS));
        }
        Labelled languages = intents.relabel(i -> examples.get(i).language());

        return new MessageModel(version, intents.train(INTENTS), intentTemperature, languages.train(LOGISTIC),
                sentiments.train(LOGISTIC),
                sentimentTemperature, flagModels, flagThresholds, targetPrecision, thresholds);
    }

    /** Examples with their labels, and the indexes they have in the whole corpus. */
    private record Labelled(List<Map<String, Double>> features, List<String> labels, int[] indexes) {

        Labelled(List<Map<String, Double>> features, List<String> labels) {
            this(features, labels, IntStream.range(0, features.size()).toArray());
        }

        Labelled relabel(Function<Integer, String> label) {
            return new Labelled(features, IntStream.of(indexes).mapToObj(label::apply).toList(), indexes);
        }

        Labelled where(Predicate<Integer> keep, Function<Integer, String> label) {
            int[] kept = IntStream.of(indexes).filter(keep::test).toArray();
            return new Labelled(IntStream.of(kept).mapToObj(features::get).toList(),
                    IntStream.of(kept).mapToObj(label::apply).toList(), kept);
        }

        int[] folds(int[] corpusFolds) {
            return IntStream.of(indexes).map(i -> corpusFolds[i]).toArray();
        }

        LinearModel train(Trainer trainer) {
            return trainer.train(features, labels);
        }
    }

    /** Predictions of models that never saw the example, with the index of the right label. */
    record OutOfFold(List<String> labels, List<double[]> logits, List<Integer> truth) {
    }

    private static OutOfFold outOfFold(Labelled data, int[] fold, Trainer trainer) {
        List<String> labels = data.labels().stream().distinct().sorted().toList();
        double[][] logits = new double[data.features().size()][];
        for (int f = 0; f < FOLDS; f++) {
            int held = f;
            List<Integer> training = IntStream.range(0, fold.length).filter(i -> fold[i] != held).boxed().toList();
            LinearModel model = trainer.train(training.stream().map(data.features()::get).toList(),
                    training.stream().map(data.labels()::get).toList());
            for (int i = 0; i < fold.length; i++) {
                if (fold[i] == held) {
                    double[] scores = model.logits(data.features().get(i));
                    // Align to one label order: a fold may lack a rare label, which then scores lowest.
                    double[] aligned = new double[labels.size()];
                    Arrays.fill(aligned, -1e9);
                    for (int l = 0; l < model.labels().size(); l++) {
                        aligned[labels.indexOf(model.labels().get(l))] = scores[l];
                    }
                    logits[i] = aligned;
                }
            }
        }
        return new OutOfFold(labels, List.of(logits), data.labels().stream().map(labels::indexOf).toList());
    }

    /**
     * Per intent, from the out-of-fold predictions of the naturally written messages only. An intent
     * whose own predictions are too few to prove the target precision (about 150 error-free ones are
     * needed for 0.98) gets the threshold proven over all intents together, unless its own predictions
     * above it show it is less precise than the target; then it gets none and is never automated.
     */
    private static Map<String, Double> automationThresholds(OutOfFold predictions, boolean[] natural,
            double temperature, double targetPrecision) {
        Map<String, List<AutomationThresholds.Prediction>> byIntent = new LinkedHashMap<>();
        for (int i = 0; i < predictions.logits().size(); i++) {
            if (!natural[i]) {
                continue;
            }
            double[] probabilities = Probabilities.softmax(predictions.logits().get(i), temperature);
            int predicted = Probabilities.argmax(probabilities);
            String intent = predictions.labels().get(predicted);
            if (!intent.equals(MessageModel.OUT_OF_SCOPE)) {
                byIntent.computeIfAbsent(intent, k -> new ArrayList<>())
                        .add(new AutomationThresholds.Prediction(probabilities[predicted],
                                predicted == predictions.truth().get(i)));
            }
        }
        OptionalDouble pooled = AutomationThresholds.select(
                byIntent.values().stream().flatMap(List::stream).toList(), targetPrecision, DELTA);
        Map<String, Double> thresholds = new LinkedHashMap<>();
        byIntent.forEach((intent, list) -> {
            OptionalDouble own = AutomationThresholds.select(list, targetPrecision, DELTA);
            if (own.isPresent()) {
                thresholds.put(intent, own.getAsDouble());
            } else if (pooled.isPresent()
                    && !AutomationThresholds.refutes(list, pooled.getAsDouble(), targetPrecision, DELTA)) {
                thresholds.put(intent, pooled.getAsDouble());
            }
        });
        return thresholds;
    }

    /** The figure that recipe changes are chosen on: no test split or held-out message is involved. */
    private static void printNaturalAccuracy(List<Example> examples, OutOfFold predictions, List<Integer> natural) {
        Map<String, int[]> rightAndTotal = new TreeMap<>();
        for (int i : natural) {
            int[] counts = rightAndTotal.computeIfAbsent(examples.get(i).language(), language -> new int[2]);
            counts[0] += Probabilities.argmax(predictions.logits().get(i)) == predictions.truth().get(i) ? 1 : 0;
            counts[1]++;
        }
        StringBuilder line = new StringBuilder("Out-of-fold intent accuracy on the naturally written messages:");
        rightAndTotal.forEach((language, counts) -> line.append(String.format(" %s %.3f (%d)", language,
                counts[0] / (double) counts[1], counts[1])));
        System.out.println(line);
    }

    private static double flagThreshold(OutOfFold predictions) {
        int yes = predictions.labels().indexOf(MessageModel.YES);
        double[] probability = predictions.logits().stream()
                .mapToDouble(logits -> Probabilities.softmax(logits, 1.0)[yes]).toArray();
        boolean[] flagged = new boolean[probability.length];
        for (int i = 0; i < flagged.length; i++) {
            flagged[i] = predictions.truth().get(i) == yes;
        }
        return bestThreshold(probability, flagged, F_BETA);
    }

    /**
     * The probability, in steps of 0.01, from which raising a flag scores the best F-beta. Steps of
     * 0.01 rather than 0.05: the best threshold of every flag was the grid's floor, 0.05, and out of
     * fold it lies between two steps or below (README "Where it stands").
     */
    static double bestThreshold(double[] probability, boolean[] flagged, double beta) {
        double best = 0.5;
        double bestScore = -1;
        for (int step = 1; step <= 95; step++) {
            double threshold = step / 100.0;
            int truePositives = 0;
            int falsePositives = 0;
            int falseNegatives = 0;
            for (int i = 0; i < probability.length; i++) {
                boolean raised = probability[i] >= threshold;
                truePositives += raised && flagged[i] ? 1 : 0;
                falsePositives += raised && !flagged[i] ? 1 : 0;
                falseNegatives += !raised && flagged[i] ? 1 : 0;
            }
            double b2 = beta * beta;
            double score = (1 + b2) * truePositives / ((1 + b2) * truePositives + b2 * falseNegatives + falsePositives);
            if (score > bestScore) {
                bestScore = score;
                best = threshold;
            }
        }
        return best;
    }

    /**
     * Random folds, except that a message written from another one (carried over from the other
     * language) joins the fold of its source: a model must not be judged on a message whose
     * translation it learned from, or the out-of-fold predictions, and so the temperature and the
     * thresholds, would trust it too much.
     */
    static int[] folds(List<Example> examples) {
        int size = examples.size();
        List<Integer> order = new ArrayList<>(IntStream.range(0, size).boxed().toList());
        Collections.shuffle(order, new Random(SEED));
        int[] fold = new int[size];
        for (int position = 0; position < size; position++) {
            fold[order.get(position)] = position % FOLDS;
        }
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < size; i++) {
            index.putIfAbsent(examples.get(i).text(), i);
        }
        for (int i = 0; i < size; i++) {
            Integer source = examples.get(i).adaptedFrom() == null ? null : index.get(examples.get(i).adaptedFrom());
            if (source != null) {
                fold[i] = fold[source];
            }
        }
        return fold;
    }

    /**
     * What the model depends on: the training files, the target, the code that turns text into features,
     * and the flag phrases (they raise flags beside the flag models, so a new phrase is a new version).
     */
    private static String fingerprint(Corpus corpus, double targetPrecision) throws IOException {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update((FAMILY + "/" + targetPrecision).getBytes(StandardCharsets.UTF_8));
            for (Path file : corpus.trainingFiles()) {
                digest.update(Files.readAllBytes(file));
            }
            for (Class<?> code : List.of(TextFeatures.class, InverseMessageFrequency.class, MarginTrainer.class,
                    LogisticTrainer.class, Train.class, Corpus.class)) {
                try (InputStream in = code.getResourceAsStream(code.getSimpleName() + ".class")) {
                    digest.update(in.readAllBytes());
                }
            }
            try (InputStream in = Train.class.getResourceAsStream("/" + FlagRules.FILE)) {
                digest.update(in.readAllBytes());
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String version(String fingerprint) {
        return FAMILY + "+" + fingerprint.substring(0, 8);
    }

    private Train() {
    }
}
