package dev.tandem.classifier.model;

import java.util.List;
import java.util.Map;

/**
 * Tells English from French by counting words that only one of them uses (function words and
 * common customer-service words); {@code und} when neither has more evidence than the other.
 */
class LanguageDetector {

    private static final String UNDETERMINED = "und";

    private final Map<String, List<Phrase>> markers;

    LanguageDetector() {
        this.markers = PhraseTable.load("keyword-model/language-markers.tsv");
    }

    String detect(List<String> words) {
        String best = UNDETERMINED;
        long bestCount = 0;
        boolean tie = false;
        for (Map.Entry<String, List<Phrase>> language : markers.entrySet()) {
            long count = language.getValue().stream().filter(marker -> marker.isIn(words)).count();
            if (count > bestCount) {
                best = language.getKey();
                bestCount = count;
                tie = false;
            } else if (count == bestCount && count > 0) {
                tie = true;
            }
        }
        return tie ? UNDETERMINED : best;
    }
}
