package dev.tandem.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.tandem.contracts.Classification;
import dev.tandem.contracts.Classification.Evidence;
import dev.tandem.contracts.Classification.IntentScore;

/**
 * Tandem's in-house model: what a customer message asks (intent with a calibrated probability),
 * its language, its sentiment and its risk flags, with the words that weighed most. Runs in the
 * JVM with nothing but its own weights.
 *
 * @param intents              the intent model, {@code out_of_scope} among its labels
 * @param intentTemperature    divides the intent scores so that probabilities are calibrated
 * @param flagModels           one model per risk flag, with the labels {@value #YES} and {@value #NO}
 * @param flagThresholds       the probability from which each flag model raises its flag
 * @param automationThresholds per intent, the confidence from which automated answers reach the
 *                             target precision on held-out data; an intent without one is never automated
 */
public record MessageModel(
        String version,
        LinearModel intents,
        double intentTemperature,
        LinearModel languages,
        LinearModel sentiments,
        double sentimentTemperature,
        Map<String, LinearModel> flagModels,
        Map<String, Double> flagThresholds,
        double targetPrecision,
        Map<String, Double> automationThresholds) {

    public static final String OUT_OF_SCOPE = "out_of_scope";
    public static final String UNDETERMINED_LANGUAGE = "und";
    public static final String YES = "yes";
    public static final String NO = "no";

    private static final int ALTERNATIVES = 3;
    private static final int EVIDENCE = 5;
    /** Below this, the language model is guessing (a one-word message, another language). */
    private static final double LANGUAGE_CONFIDENCE = 0.8;
    private static final FlagRules RULES = new FlagRules();
    /** Words scored at the start and at the end of a long message (natural ones rarely have more than 40). */
    static final int SCORED_HEAD = 30;
    static final int SCORED_TAIL = 10;

    public MessageModel {
        // One vocabulary for all the models: a message's features are looked up once, not once per model.
        List<LinearModel> all = new ArrayList<>(List.of(intents, languages, sentiments));
        all.addAll(flagModels.values());
        Vocabulary shared = Vocabulary.union(all);
        intents = intents.on(shared);
        languages = languages.on(shared);
        sentiments = sentiments.on(shared);
        Map<String, LinearModel> flags = new LinkedHashMap<>();
        flagModels.forEach((flag, model) -> flags.put(flag, model.on(shared)));
        flagModels = Collections.unmodifiableMap(flags);
    }

    public Classification classify(String text) {
        List<String> words = TextFeatures.words(text);
        Map<String, Double> features = TextFeatures.of(scored(words));
        Vocabulary.Encoded encoded = intents.vocabulary().encode(features);
        double[] probabilities = Probabilities.softmax(intents.logits(encoded), intentTemperature);
        List<IntentScore> ranked = new ArrayList<>();
        for (int i = 0; i < probabilities.length; i++) {
            ranked.add(new IntentScore(intents.labels().get(i), probabilities[i]));
        }
        ranked.sort(Comparator.comparingDouble(IntentScore::confidence).reversed());
        IntentScore best = ranked.get(0);
        return new Classification(best.intent(), best.confidence(), ranked.subList(1, 1 + ALTERNATIVES),
                language(text, encoded), sentiment(encoded), flags(words, encoded), version,
                evidence(features, intents.labels().indexOf(best.intent())));
    }

    /**
     * The words the models score: all of a message of natural length; of a long one, its beginning and
     * its end, where customers say what they want, so that scoring costs about the same whatever the
     * length. The flag phrases are still looked for in every word.
     */
    static List<String> scored(List<String> words) {
        if (words.size() <= SCORED_HEAD + SCORED_TAIL) {
            return words;
        }
        List<String> scored = new ArrayList<>(words.subList(0, SCORED_HEAD));
        scored.addAll(words.subList(words.size() - SCORED_TAIL, words.size()));
        return scored;
    }

    private String language(String text, Vocabulary.Encoded features) {
        long letters = text.codePoints().filter(Character::isLetter).count();
        long latin = text.codePoints()
                .filter(c -> Character.isLetter(c) && Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN)
                .count();
        if (letters == 0 || latin * 2 < letters) {
            return UNDETERMINED_LANGUAGE;
        }
        double[] probabilities = Probabilities.softmax(languages.logits(features), 1.0);
        int best = Probabilities.argmax(probabilities);
        return probabilities[best] >= LANGUAGE_CONFIDENCE ? languages.labels().get(best) : UNDETERMINED_LANGUAGE;
    }

    private Classification.Sentiment sentiment(Vocabulary.Encoded features) {
        double[] probabilities = Probabilities.softmax(sentiments.logits(features), sentimentTemperature);
        int best = Probabilities.argmax(probabilities);
        return new Classification.Sentiment(sentiments.labels().get(best), probabilities[best]);
    }

    /** A flag is raised by its phrases or by its model: either is enough, as a missed flag costs most. */
    private List<String> flags(List<String> words, Vocabulary.Encoded features) {
        List<String> raised = new ArrayList<>(RULES.detect(words));
        flagModels.forEach((flag, model) -> {
            double yes = Probabilities.softmax(model.logits(features), 1.0)[model.labels().indexOf(YES)];
            if (yes >= flagThresholds.get(flag) && !raised.contains(flag)) {
                raised.add(flag);
            }
        });
        return raised;
    }

    /** The words and word pairs that pushed most towards the intent chosen. */
    private List<Evidence> evidence(Map<String, Double> features, int intent) {
        return features.entrySet().stream()
                .filter(f -> !f.getKey().startsWith(TextFeatures.CHARS) && f.getKey().length() > 3)
                .map(f -> new Evidence(f.getKey().substring(2).replace('_', ' '),
                        intents.contribution(f.getKey(), f.getValue(), intent)))
                .filter(e -> e.weight() > 0)
                .sorted(Comparator.comparingDouble(Evidence::weight).reversed())
                .limit(EVIDENCE)
                .toList();
    }
}
