package dev.tandem.classifier.model;

import dev.tandem.contracts.Classification;

/**
 * Understands one customer message: intent with its probability, language, sentiment and risk flags.
 * The keyword baseline implements it until the trained bilingual model replaces it.
 */
public interface Classifier {

    Classification classify(String text);
}
