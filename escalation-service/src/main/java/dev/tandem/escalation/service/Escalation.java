package dev.tandem.escalation.service;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.reactive.messaging.Channel;

import dev.tandem.contracts.Events;
import dev.tandem.contracts.MessageClassified;
import dev.tandem.contracts.ReplyPosted;
import dev.tandem.contracts.Route;
import dev.tandem.contracts.RoutingDecision;
import dev.tandem.escalation.messaging.Channels;
import dev.tandem.escalation.model.Decision;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.MutinyEmitter;

/**
 * Applies the policy to a classified message and publishes the outcome: the decision, then, when
 * the assistant answers, its reply. Ids are derived from the customer's message, so a redelivered
 * message publishes events consumers recognise as the same.
 */
@ApplicationScoped
public class Escalation {

    private final RoutingPolicy policy;
    private final MutinyEmitter<String> decisions;
    private final MutinyEmitter<String> replies;

    public Escalation(RoutingPolicy policy,
            @Channel(Channels.ROUTING_DECISIONS) MutinyEmitter<String> decisions,
            @Channel(Channels.REPLIES) MutinyEmitter<String> replies) {
        this.policy = policy;
        this.decisions = decisions;
        this.replies = replies;
    }

    /** Completes once the broker has acked every event published for the message. */
    public Uni<Void> handle(MessageClassified message) {
        Decision decision = policy.decide(message.classification());
        Instant now = Instant.now();
        RoutingDecision decided = new RoutingDecision(message.conversationId(), message.messageId(), now,
                decision.route(), decision.reasons(), message.classification(), decision.policyVersion(),
                message.text());
        Uni<Void> published = decisions.sendMessage(Events.message(decided, Channels.SOURCE));
        if (decision.route() != Route.AUTOMATE) {
            return published;
        }
        ReplyPosted reply = new ReplyPosted(message.conversationId(), replyId(message.messageId()), now,
                message.messageId(), ReplyPosted.Author.ASSISTANT, null, decision.reply());
        // The decision goes first: a reply on the log always has its decision before it.
        return published.chain(() -> replies.sendMessage(Events.message(reply, Channels.SOURCE)));
    }

    private static String replyId(String messageId) {
        return UUID.nameUUIDFromBytes((messageId + "/assistant-reply").getBytes(StandardCharsets.UTF_8)).toString();
    }
}
