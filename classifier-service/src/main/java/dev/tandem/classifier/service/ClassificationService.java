package dev.tandem.classifier.service;

import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;

import dev.tandem.classifier.config.ClassifierConfig;
import dev.tandem.contracts.Classification;
import dev.tandem.contracts.MessageClassified;
import dev.tandem.contracts.MessageReceived;
import dev.tandem.model.MessageModel;
import dev.tandem.problem.ProblemException;

/** Classifies a text asked for over HTTP, or a customer message from the log. */
@ApplicationScoped
public class ClassificationService {

    private final MessageModel model;
    private final ClassifierConfig config;

    public ClassificationService(MessageModel model, ClassifierConfig config) {
        this.model = model;
        this.config = config;
    }

    public Classification classify(String text) {
        if (text.codePointCount(0, text.length()) > config.maxTextLength()) {
            throw ProblemException.invalid("text", "must be at most " + config.maxTextLength() + " characters");
        }
        return model.classify(text);
    }

    /** The message with its classification; it keeps the message's ids so its event id is stable on redelivery. */
    public MessageClassified classify(MessageReceived message) {
        return new MessageClassified(message.conversationId(), message.messageId(), Instant.now(), message.occurredAt(),
                message.text(), model.classify(message.text()));
    }
}
