package dev.tandem.agent.messaging;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.reactive.messaging.Incoming;

import dev.tandem.agent.service.HandoffRecorder;
import dev.tandem.contracts.Events;
import dev.tandem.contracts.ReplyPosted;
import dev.tandem.contracts.RoutingDecision;
import io.smallrye.mutiny.Uni;

/** Feeds the log to the recorder; a record that is not a valid event is dead-lettered. */
@ApplicationScoped
public class LogConsumer {

    private final HandoffRecorder recorder;

    public LogConsumer(HandoffRecorder recorder) {
        this.recorder = recorder;
    }

    @Incoming(Channels.ROUTING_DECISIONS)
    public Uni<Void> onDecision(String value) {
        return recorder.record(Events.decode(value, RoutingDecision.class));
    }

    @Incoming(Channels.REPLIES)
    public Uni<Void> onReply(String value) {
        return recorder.record(Events.decode(value, ReplyPosted.class));
    }
}
