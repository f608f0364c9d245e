package dev.tandem.model.training;

import java.util.Set;

/**
 * One labelled message of the training or evaluation data.
 *
 * @param sentiment   null where the source has no sentiment labels
 * @param source      where it comes from, e.g. {@code bitext/train}, for the report
 * @param adaptedFrom the message of the other language this one was carried over from, or null
 * @param batch       the batch our own messages were written in, shared by the batch of the other language
 *                    written from the same brief and by the rows carried over from either; null for the
 *                    public corpora
 */
public record Example(String text, String intent, Set<String> flags, String sentiment, String language,
        String source, String adaptedFrom, String batch) {

    public Example(String text, String intent, Set<String> flags, String sentiment, String language, String source) {
        this(text, intent, flags, sentiment, language, source, null, null);
    }
}
