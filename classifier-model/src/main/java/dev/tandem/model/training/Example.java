package dev.tandem.model.training;

import java.util.Set;

/**
 * One labelled message of the training or evaluation data.
 *
 * @param sentiment null where the source has no sentiment labels
 * @param source    where it comes from, e.g. {@code bitext/train}, for the report
 */
public record Example(String text, String intent, Set<String> flags, String sentiment, String language,
        String source) {
}
