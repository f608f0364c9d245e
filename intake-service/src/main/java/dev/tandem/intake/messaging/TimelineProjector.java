package dev.tandem.intake.messaging;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import dev.tandem.contracts.Events;
import dev.tandem.contracts.MessageReceived;
import dev.tandem.contracts.ReplyPosted;
import dev.tandem.contracts.RoutingDecision;
import dev.tandem.contracts.Topics;
import dev.tandem.intake.model.Timelines;

/** Keeps the timelines up to date from the log; a record that is not a valid event is dead-lettered. */
@ApplicationScoped
public class TimelineProjector {

    private final Timelines timelines;

    public TimelineProjector(Timelines timelines) {
        this.timelines = timelines;
    }

    @Incoming(Channels.TIMELINE)
    public void project(ConsumerRecord<String, String> record) {
        switch (record.topic()) {
            case Topics.MESSAGES_RECEIVED -> timelines.apply(Events.decode(record.value(), MessageReceived.class));
            case Topics.ROUTING_DECISIONS -> timelines.apply(Events.decode(record.value(), RoutingDecision.class));
            case Topics.REPLIES -> timelines.apply(Events.decode(record.value(), ReplyPosted.class));
            default -> throw new IllegalStateException("Not subscribed to " + record.topic());
        }
    }
}
