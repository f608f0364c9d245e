package dev.tandem.escalation.messaging;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.reactive.messaging.Incoming;

import dev.tandem.contracts.Events;
import dev.tandem.contracts.MessageClassified;
import dev.tandem.escalation.service.Escalation;
import io.smallrye.mutiny.Uni;

/**
 * Decides every classified message. A record is acked only once everything it led to is on the log,
 * so a crash in between redelivers it; a record that is not a valid event is dead-lettered.
 */
@ApplicationScoped
public class ClassifiedMessages {

    private final Escalation escalation;

    public ClassifiedMessages(Escalation escalation) {
        this.escalation = escalation;
    }

    @Incoming(Channels.MESSAGES_CLASSIFIED)
    public Uni<Void> decide(String value) {
        return Uni.createFrom().item(() -> Events.decode(value, MessageClassified.class))
                .chain(escalation::handle);
    }
}
