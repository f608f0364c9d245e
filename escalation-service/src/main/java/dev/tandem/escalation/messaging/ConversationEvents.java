package dev.tandem.escalation.messaging;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.reactive.messaging.Incoming;

import dev.tandem.contracts.Events;
import dev.tandem.contracts.HandedBack;
import dev.tandem.contracts.PolicyChanged;
import dev.tandem.contracts.ReplyPosted;
import dev.tandem.escalation.policy.PolicyStore;
import dev.tandem.escalation.service.ConversationLog;
import io.smallrye.mutiny.Uni;

/** The rest of the log escalation-service follows; a record that is not a valid event is dead-lettered. */
@ApplicationScoped
public class ConversationEvents {

    private final ConversationLog log;
    private final PolicyStore policies;

    public ConversationEvents(ConversationLog log, PolicyStore policies) {
        this.log = log;
        this.policies = policies;
    }

    @Incoming(Channels.REPLIES)
    public Uni<Void> onReply(String value) {
        return Uni.createFrom().item(() -> Events.decode(value, ReplyPosted.class)).chain(log::record);
    }

    @Incoming(Channels.HANDBACKS)
    public Uni<Void> onHandBack(String value) {
        return Uni.createFrom().item(() -> Events.decode(value, HandedBack.class)).chain(log::record);
    }

    @Incoming(Channels.POLICY_CHANGES)
    public void onPolicyChange(String value) {
        policies.apply(Events.decode(value, PolicyChanged.class));
    }
}
