package dev.tandem.classifier.model;

import java.util.List;
import java.util.Map;

/**
 * Risk flags ({@code human_requested}, {@code legal_threat}, {@code churn_threat}, {@code distress},
 * {@code fraud_or_security}) from bilingual phrase lists. Tuned for recall: a flag sends the message
 * to a person, so a false alarm costs far less than a miss.
 */
class RiskFlagDetector {

    private final Map<String, List<Phrase>> phrases;

    RiskFlagDetector() {
        this.phrases = PhraseTable.load("keyword-model/flags.tsv");
    }

    /** The flags raised, in the order of the flags file. */
    List<String> detect(List<String> words) {
        return phrases.entrySet().stream()
                .filter(flag -> flag.getValue().stream().anyMatch(phrase -> phrase.isIn(words)))
                .map(Map.Entry::getKey)
                .toList();
    }
}
