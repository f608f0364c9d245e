package dev.tandem.model;

import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.TreeSet;

/**
 * Risk flags ({@code human_requested}, {@code legal_threat}, {@code churn_threat}, {@code distress},
 * {@code fraud_or_security}) from bilingual phrase lists ({@code rules/flags.tsv}), the rule half of
 * flag detection beside the trained flag models. Written for recall: a flag sends the message to a
 * person, so a false alarm costs far less than a miss.
 */
public final class FlagRules {

    /** The phrase file, on the class path. */
    public static final String FILE = "rules/flags.tsv";

    private final Map<String, List<Phrase>> phrases = PhraseTable.load(FILE);

    /** The flags whose phrases are in these (normalized) words, in the order of the flags file. */
    public List<String> detect(List<String> words) {
        // Most phrases have a word the message lacks: ruled out without scanning a long message.
        NavigableSet<String> present = new TreeSet<>(words);
        return phrases.entrySet().stream()
                .filter(flag -> flag.getValue().stream()
                        .anyMatch(phrase -> phrase.mayBeIn(present) && phrase.isIn(words)))
                .map(Map.Entry::getKey)
                .toList();
    }
}
