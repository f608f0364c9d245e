package dev.tandem.classifier.model;

import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.tandem.contracts.Classification;

/**
 * Sentiment from a small bilingual lexicon of positive and negative phrases. A phrase right after a
 * negation ("not happy", "pas content") counts for the other side, and a legal threat, distress or
 * fraud flag counts as negative: customers write those calmly too, but they are not neutral situations.
 */
class SentimentScorer {

    private static final String POSITIVE = "positive";
    private static final String NEGATIVE = "negative";
    private static final String NEUTRAL = "neutral";
    private static final String NEGATION = "negation";
    /** The flags that are trouble in themselves; asking for a person or leaving can be said calmly. */
    private static final Set<String> NEGATIVE_FLAGS = Set.of("legal_threat", "distress", "fraud_or_security");
    /** How many words before a phrase a negation still applies to it ("not very happy"). */
    private static final int NEGATION_REACH = 3;

    private final List<Phrase> positive;
    private final List<Phrase> negative;
    private final List<Phrase> negations;

    SentimentScorer() {
        Map<String, List<Phrase>> lexicon = PhraseTable.load("keyword-model/sentiment.tsv");
        this.positive = lexicon.getOrDefault(POSITIVE, List.of());
        this.negative = lexicon.getOrDefault(NEGATIVE, List.of());
        this.negations = lexicon.getOrDefault(NEGATION, List.of());
    }

    /** @param flags the risk flags raised on the same message */
    Classification.Sentiment score(List<String> words, List<String> flags) {
        int positives = 0;
        int negatives = (int) flags.stream().filter(NEGATIVE_FLAGS::contains).count();
        for (Phrase phrase : positive) {
            int at = phrase.indexIn(words);
            if (at >= 0) {
                if (negated(words, at)) {
                    negatives++;
                } else {
                    positives++;
                }
            }
        }
        for (Phrase phrase : negative) {
            int at = phrase.indexIn(words);
            if (at >= 0) {
                if (negated(words, at)) {
                    positives++;
                } else {
                    negatives++;
                }
            }
        }
        int balance = positives - negatives;
        if (balance == 0) {
            // Mixed evidence makes "neutral" less certain than no evidence at all: 1, then 0.25, 0.0625…
            return new Classification.Sentiment(NEUTRAL, Math.pow(0.5, positives + negatives));
        }
        // More evidence, more strength, never 1: one phrase 0.75, two 0.875, three 0.9375.
        double strength = 1 - Math.pow(0.5, Math.abs(balance) + 1);
        return new Classification.Sentiment(balance > 0 ? POSITIVE : NEGATIVE, strength);
    }

    private boolean negated(List<String> words, int at) {
        List<String> before = words.subList(Math.max(0, at - NEGATION_REACH), at);
        return negations.stream().anyMatch(negation -> negation.isIn(before));
    }
}
