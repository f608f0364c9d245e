package dev.tandem.contracts;

import java.util.List;

/**
 * What the classifier understood of one message.
 *
 * @param intent       one of the taxonomy's intents, or {@code out_of_scope}
 * @param confidence   probability that {@code intent} is right
 * @param alternatives the next most likely intents, most likely first
 * @param language     ISO 639-1 code, or {@code und} when the language is not known
 * @param flags        risk flags such as {@code human_requested}
 * @param evidence     the words that weighed most towards the intent, so an agent can see why
 */
public record Classification(
        String intent,
        double confidence,
        List<IntentScore> alternatives,
        String language,
        Sentiment sentiment,
        List<String> flags,
        String modelVersion,
        List<Evidence> evidence) {

    public Classification {
        Require.text(intent, "intent");
        Require.probability(confidence, "confidence");
        alternatives = Require.list(alternatives);
        Require.text(language, "language");
        Require.present(sentiment, "sentiment");
        flags = Require.list(flags);
        Require.text(modelVersion, "modelVersion");
        evidence = Require.list(evidence);
    }

    /** A classification that does not say why. */
    public Classification(String intent, double confidence, List<IntentScore> alternatives, String language,
            Sentiment sentiment, List<String> flags, String modelVersion) {
        this(intent, confidence, alternatives, language, sentiment, flags, modelVersion, List.of());
    }

    public boolean hasFlag(String flag) {
        return flags.contains(flag);
    }

    public record IntentScore(String intent, double confidence) {
        public IntentScore {
            Require.text(intent, "intent");
            Require.probability(confidence, "confidence");
        }
    }

    /** @param term a word or word pair of the message; weight is how much it added to the intent's score */
    public record Evidence(String term, double weight) {
        public Evidence {
            Require.text(term, "evidence.term");
        }
    }

    /** @param label {@code negative}, {@code neutral} or {@code positive}; score is its strength in [0, 1] */
    public record Sentiment(String label, double score) {
        public Sentiment {
            Require.text(label, "sentiment.label");
            Require.probability(score, "sentiment.score");
        }
    }
}
