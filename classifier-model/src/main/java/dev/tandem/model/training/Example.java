package dev.tandem.model.training;

import java.util.Set;

/**
 * One labelled message of the training or evaluation data.
 *
 * @param sentiment   null where the source has no sentiment labels
 * @param source      where it comes from, e.g. {@code bitext/train}, for the report
 * @param adaptedFrom the message of the other language this one was carried over from, or null
 */
public record Example(String text, String intent, Set<String> flags, String sentiment, String language,
        String source, String adaptedFrom) {

    public Example(String text, String intent, Set<String> flags, String sentiment, String language, String source) {
        this(text, intent, flags, sentiment, language, source, null);
    }
}
