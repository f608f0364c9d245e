package dev.tandem.classifier.messaging;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import dev.tandem.classifier.service.ClassificationService;
import dev.tandem.contracts.Events;
import dev.tandem.contracts.MessageReceived;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.MutinyEmitter;

/**
 * Classifies every accepted customer message. A record is acked only once its classification is on
 * the log, so a crash in between redelivers it; a record that is not a valid event is dead-lettered.
 */
@ApplicationScoped
public class ReceivedMessages {

    private final ClassificationService classifications;
    private final MutinyEmitter<String> messagesClassified;

    public ReceivedMessages(ClassificationService classifications,
            @Channel(Channels.MESSAGES_CLASSIFIED) MutinyEmitter<String> messagesClassified) {
        this.classifications = classifications;
        this.messagesClassified = messagesClassified;
    }

    @Incoming(Channels.MESSAGES_RECEIVED)
    public Uni<Void> classify(String value) {
        // About 0.1 ms a message (a few ms for 4,000 characters): short enough for the consumer's thread.
        return Uni.createFrom().item(() -> classifications.classify(Events.decode(value, MessageReceived.class)))
                .chain(classified -> messagesClassified.sendMessage(Events.message(classified, Channels.SOURCE)));
    }
}
