package dev.tandem.classifier.service;

import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;

import dev.tandem.classifier.config.ClassifierConfig;
import dev.tandem.classifier.model.Classifier;
import dev.tandem.contracts.Classification;
import dev.tandem.contracts.MessageClassified;
import dev.tandem.contracts.MessageReceived;
import dev.tandem.problem.ProblemException;

/** Classifies a text asked for over HTTP, or a customer message from the log. */
@ApplicationScoped
public class ClassificationService {

    private final Classifier classifier;
    private final ClassifierConfig config;

    public ClassificationService(Classifier classifier, ClassifierConfig config) {
        this.classifier = classifier;
        this.config = config;
    }

    public Classification classify(String text) {
        if (text.codePointCount(0, text.length()) > config.maxTextLength()) {
            throw ProblemException.invalid("text", "must be at most " + config.maxTextLength() + " characters");
        }
        return classifier.classify(text);
    }

    /** The message with its classification; it keeps the message's ids so its event id is stable on redelivery. */
    public MessageClassified classify(MessageReceived message) {
        return new MessageClassified(message.conversationId(), message.messageId(), Instant.now(), message.text(),
                classifier.classify(message.text()));
    }
}
