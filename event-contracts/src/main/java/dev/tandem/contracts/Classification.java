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
 */
public record Classification(
        String intent,
        double confidence,
        List<IntentScore> alternatives,
        String language,
        Sentiment sentiment,
        List<String> flags,
        String modelVersion) {

    public Classification {
        Require.text(intent, "intent");
        Require.probability(confidence, "confidence");
        alternatives = Require.list(alternatives);
        Require.text(language, "language");
        Require.present(sentiment, "sentiment");
        flags = Require.list(flags);
        Require.text(modelVersion, "modelVersion");
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

    /** @param label {@code negative}, {@code neutral} or {@code positive}; score is its strength in [0, 1] */
    public record Sentiment(String label, double score) {
        public Sentiment {
            Require.text(label, "sentiment.label");
            Require.probability(score, "sentiment.score");
        }
    }
}
