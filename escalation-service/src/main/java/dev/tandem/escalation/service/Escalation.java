package dev.tandem.escalation.service;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.reactive.messaging.Channel;

import dev.tandem.contracts.Events;
import dev.tandem.contracts.MessageClassified;
import dev.tandem.contracts.ReplyPosted;
import dev.tandem.contracts.Route;
import dev.tandem.contracts.RoutingDecision;
import dev.tandem.contracts.RoutingDecision.Handoff;
import dev.tandem.contracts.RoutingDecision.Turn;
import dev.tandem.escalation.config.EscalationConfig;
import dev.tandem.escalation.context.ContextLookup;
import dev.tandem.escalation.context.CustomerContext;
import dev.tandem.escalation.conversation.ConversationState;
import dev.tandem.escalation.conversation.ConversationStates;
import dev.tandem.escalation.conversation.TranscriptEntry;
import dev.tandem.escalation.conversation.Transcripts;
import dev.tandem.escalation.messaging.Channels;
import dev.tandem.escalation.model.Decision;
import dev.tandem.escalation.policy.Policy;
import dev.tandem.escalation.policy.PolicyStore;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.MutinyEmitter;

/**
 * Decides a classified message and publishes the outcome: the decision, then what the assistant
 * tells the customer (its answer, a request to rephrase, or that a person takes over). The decision
 * and the conversation's new state are recorded in one transaction before anything is published; a
 * redelivered message finds them and publishes the same events again instead of deciding twice.
 */
@ApplicationScoped
public class Escalation {

    private final RoutingPolicy policy;
    private final PolicyStore policies;
    private final CustomerContext customers;
    private final ConversationStates states;
    private final Transcripts transcripts;
    private final DecisionMetrics metrics;
    private final EscalationConfig config;
    private final MutinyEmitter<String> decisions;
    private final MutinyEmitter<String> replies;

    public Escalation(RoutingPolicy policy, PolicyStore policies, CustomerContext customers, ConversationStates states,
            Transcripts transcripts, DecisionMetrics metrics, EscalationConfig config,
            @Channel(Channels.ROUTING_DECISIONS) MutinyEmitter<String> decisions,
            @Channel(Channels.ASSISTANT_REPLIES) MutinyEmitter<String> replies) {
        this.policy = policy;
        this.policies = policies;
        this.customers = customers;
        this.states = states;
        this.transcripts = transcripts;
        this.metrics = metrics;
        this.config = config;
        this.decisions = decisions;
        this.replies = replies;
    }

    /** Completes once the broker has acked every event published for the message. */
    public Uni<Void> handle(MessageClassified message) {
        return Panache.withTransaction(() -> transcripts.findById(message.messageId())
                .chain(known -> known != null ? Uni.createFrom().item(known) : decide(message)))
                .chain(this::publish);
    }

    private Uni<TranscriptEntry> decide(MessageClassified message) {
        return states.findById(message.conversationId())
                .map(found -> found != null ? found : ConversationState.opened(message.conversationId()))
                .chain(state -> transcripts.latest(message.conversationId(), config.transcriptLimit() - 1)
                        .chain(earlier -> lookUp(orderNumber(message, earlier)).chain(context -> {
                            // Once: a policy put in force meanwhile must not decide and sign the same message.
                            Policy inForce = policies.current();
                            Decision decision = policy.decide(message.classification(), state, context, inForce);
                            return record(message, context, state, earlier, decision, inForce.version());
                        })));
    }

    /** The order this message names, or else the last one the customer named in the conversation. */
    private static Optional<String> orderNumber(MessageClassified message, List<TranscriptEntry> earlier) {
        Optional<String> named = ContextLookup.orderNumberIn(message.text());
        for (int i = earlier.size() - 1; named.isEmpty() && i >= 0; i--) {
            TranscriptEntry entry = earlier.get(i);
            if (TranscriptEntry.CUSTOMER.equals(entry.author)) {
                named = ContextLookup.orderNumberIn(entry.text);
            }
        }
        return named;
    }

    private Uni<TranscriptEntry> record(MessageClassified message, ContextLookup context, ConversationState state,
            List<TranscriptEntry> earlier, Decision decision, String policyVersion) {
        Instant now = Instant.now();
        TranscriptEntry asked = TranscriptEntry.of(message.messageId(), message.conversationId(),
                message.receivedAt(), TranscriptEntry.CUSTOMER, message.text());
        asked.intent = message.classification().intent();
        asked.confidence = message.classification().confidence();
        asked.route = decision.route();
        if (decision.shadow()) {
            asked.shadowDraft = decision.draft();
        }
        Handoff handoff = null;
        if (decision.route() == Route.HUMAN || decision.route() == Route.SUGGEST) {
            List<Turn> transcript = new ArrayList<>(earlier.stream().map(TranscriptEntry::turn).toList());
            transcript.add(asked.turn());
            handoff = new Handoff(transcript, context.facts());
        }
        RoutingDecision decided = new RoutingDecision(message.conversationId(), message.messageId(), now,
                decision.route(), decision.reasons(), message.classification(), policyVersion,
                message.text(), decision.rule(), decision.priority(), decision.threshold(), decision.draft(),
                decision.shadow(), handoff);
        asked.decisionEvent = Events.encode(decided);
        List<TranscriptEntry> entries = new ArrayList<>(List.of(asked));
        if (decision.reply() != null) {
            ReplyPosted reply = new ReplyPosted(message.conversationId(), replyId(message.messageId()), now,
                    message.messageId(), ReplyPosted.Author.ASSISTANT, null, decision.reply());
            asked.replyEvent = Events.encode(reply);
            entries.add(TranscriptEntry.of(reply.messageId(), reply.conversationId(), now, TranscriptEntry.ASSISTANT,
                    reply.text()));
        }
        state.after(decided);
        metrics.decided(decided, Duration.between(message.receivedAt(), now));
        return states.persist(state).chain(() -> transcripts.persist(entries)).replaceWith(asked);
    }

    /** The decision first: a reply on the log always has its decision before it. */
    private Uni<Void> publish(TranscriptEntry asked) {
        RoutingDecision decided = Events.decode(asked.decisionEvent, RoutingDecision.class);
        Uni<Void> published = decisions.sendMessage(Events.message(decided, Channels.SOURCE));
        if (asked.replyEvent == null) {
            return published;
        }
        ReplyPosted reply = Events.decode(asked.replyEvent, ReplyPosted.class);
        return published.chain(() -> replies.sendMessage(Events.message(reply, Channels.SOURCE)));
    }

    /**
     * What the customer-context source says of the order the conversation is about. A failure or a slow
     * answer is recorded, not thrown: the policy then hands the customer to a person.
     */
    private Uni<ContextLookup> lookUp(Optional<String> orderNumber) {
        return orderNumber
                .map(number -> customers.findOrder(number)
                        .ifNoItem().after(config.contextTimeout()).fail()
                        .map(found -> new ContextLookup(number, found.orElse(null), null))
                        .onFailure().recoverWithItem(failure -> new ContextLookup(number, null,
                                failure.getClass().getSimpleName() + ": " + failure.getMessage())))
                .orElse(Uni.createFrom().item(ContextLookup.NOTHING_MENTIONED));
    }

    static String replyId(String messageId) {
        return UUID.nameUUIDFromBytes((messageId + "/assistant-reply").getBytes(StandardCharsets.UTF_8)).toString();
    }
}
