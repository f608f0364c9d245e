package dev.tandem.classifier.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import jakarta.inject.Singleton;

import dev.tandem.contracts.Classification;
import dev.tandem.contracts.Classification.IntentScore;
import io.quarkus.runtime.Startup;

/**
 * The baseline model: phrases per intent in English and French ({@code keyword-model/intents.tsv}).
 * Each intent's evidence is the weight of its phrases found in the message; a softmax over the
 * evidence and an {@code out_of_scope} prior turns it into probabilities, so a message that matches
 * nothing is {@code out_of_scope}, one word of evidence gives an intent a low confidence, and several
 * words a high one. To be replaced by the trained bilingual model behind the same {@link Classifier}.
 */
@Singleton // Stateless and read-only: shared without a client proxy.
@Startup // A broken model file fails the start, not the first message.
public class KeywordClassifier implements Classifier {

    public static final String MODEL_VERSION = "keyword-baseline-1";
    public static final String OUT_OF_SCOPE = "out_of_scope";

    private static final int ALTERNATIVES = 3;
    // Both fitted by maximum likelihood on the training splits (never the test splits), with the
    // square root of the evidence: more matched words add less and less, which calibrates best.
    /** Log-odds of an intent per square root of its matched words. */
    private static final double EVIDENCE_SCALE = 4.0;
    /**
     * Log-odds of out_of_scope against an intent without evidence. A message with no match at all is
     * out_of_scope at ~0.36 only: in the training data, many such messages were still in scope.
     */
    private static final double OUT_OF_SCOPE_PRIOR = 2.7;

    private final Map<String, List<Phrase>> intents = PhraseTable.load("keyword-model/intents.tsv");
    private final LanguageDetector languages = new LanguageDetector();
    private final SentimentScorer sentiment = new SentimentScorer();
    private final RiskFlagDetector flags = new RiskFlagDetector();

    @Override
    public Classification classify(String text) {
        List<String> words = Text.words(text);
        List<IntentScore> ranked = rank(words);
        IntentScore best = ranked.get(0);
        List<String> raised = flags.detect(words);
        return new Classification(best.intent(), best.confidence(), ranked.subList(1, 1 + ALTERNATIVES),
                languages.detect(words), sentiment.score(words, raised), raised, MODEL_VERSION);
    }

    /** Every intent and out_of_scope with its probability, most likely first (file order on ties). */
    private List<IntentScore> rank(List<String> words) {
        List<String> labels = new ArrayList<>();
        List<Double> logits = new ArrayList<>();
        labels.add(OUT_OF_SCOPE);
        logits.add(OUT_OF_SCOPE_PRIOR);
        intents.forEach((intent, phrases) -> {
            int evidence = phrases.stream().filter(phrase -> phrase.isIn(words)).mapToInt(Phrase::weight).sum();
            labels.add(intent);
            logits.add(EVIDENCE_SCALE * Math.sqrt(evidence));
        });
        double max = logits.stream().mapToDouble(Double::doubleValue).max().orElseThrow();
        double[] exp = logits.stream().mapToDouble(logit -> Math.exp(logit - max)).toArray();
        double total = Arrays.stream(exp).sum();
        List<IntentScore> scores = new ArrayList<>();
        for (int i = 0; i < exp.length; i++) {
            scores.add(new IntentScore(labels.get(i), truncate(exp[i] / total)));
        }
        scores.sort(Comparator.comparingDouble(IntentScore::confidence).reversed());
        return scores;
    }

    /** Four decimals are all a baseline's probabilities are worth; truncated, a near-certainty never reads as 1. */
    private static double truncate(double probability) {
        return Math.floor(probability * 10_000) / 10_000;
    }
}
