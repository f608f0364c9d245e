package dev.tandem.intake.service;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.reactive.messaging.Channel;

import dev.tandem.contracts.Events;
import dev.tandem.contracts.MessageReceived;
import dev.tandem.intake.config.IntakeConfig;
import dev.tandem.intake.messaging.Channels;
import dev.tandem.intake.model.Timelines;
import dev.tandem.problem.ProblemException;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.MutinyEmitter;

/**
 * Accepts a customer message: checks it, redacts personal data, and publishes it. A message is
 * accepted only once the broker has it, so an accepted message is never lost; publishing is the
 * only write.
 */
@ApplicationScoped
public class MessageIntake {

    private final MutinyEmitter<String> messagesReceived;
    private final PersonalDataRedactor redactor;
    private final Timelines timelines;
    private final IntakeConfig config;
    /** Publications under way, so concurrent retries of one idempotent request publish once. */
    private final Map<String, Uni<String>> publishing = new ConcurrentHashMap<>();

    public MessageIntake(@Channel(Channels.MESSAGES_RECEIVED) MutinyEmitter<String> messagesReceived,
            PersonalDataRedactor redactor, Timelines timelines, IntakeConfig config) {
        this.messagesReceived = messagesReceived;
        this.redactor = redactor;
        this.timelines = timelines;
        this.config = config;
    }

    /**
     * @param idempotencyKey optional: the same key in the same conversation gives the same message id
     *                       and publishes once
     * @return the message id, once the message is on the log
     */
    public Uni<String> accept(String conversationId, String text, String idempotencyKey) {
        if (text.codePointCount(0, text.length()) > config.maxMessageLength()) {
            throw ProblemException.invalid("text", "must be at most " + config.maxMessageLength() + " characters");
        }
        String messageId = idempotencyKey == null
                ? UUID.randomUUID().toString()
                : UUID.nameUUIDFromBytes((conversationId + "/" + idempotencyKey).getBytes(StandardCharsets.UTF_8))
                        .toString();
        if (timelines.contains(conversationId, messageId)) {
            return Uni.createFrom().item(messageId);
        }
        return publishing.computeIfAbsent(messageId, id -> publish(conversationId, id, text)
                .onTermination().invoke(() -> publishing.remove(id))
                .memoize().indefinitely());
    }

    private Uni<String> publish(String conversationId, String messageId, String text) {
        PersonalDataRedactor.Redacted redacted = redactor.redact(text);
        MessageReceived event = new MessageReceived(conversationId, messageId, Instant.now(), "api", redacted.text(),
                redacted.kinds());
        return messagesReceived.sendMessage(Events.message(event, Channels.SOURCE))
                .invoke(() -> timelines.apply(event))
                .replaceWith(messageId);
    }
}
