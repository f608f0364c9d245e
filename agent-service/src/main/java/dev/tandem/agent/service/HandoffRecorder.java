package dev.tandem.agent.service;

import java.util.LinkedHashMap;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import dev.tandem.agent.Conversation;
import dev.tandem.agent.Handoff;
import dev.tandem.agent.Reply;
import dev.tandem.agent.repository.ConversationRepository;
import dev.tandem.agent.repository.HandoffRepository;
import dev.tandem.agent.repository.ReplyRepository;
import dev.tandem.contracts.ReplyPosted;
import dev.tandem.contracts.Route;
import dev.tandem.contracts.RoutingDecision;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;

/**
 * Keeps agent-service's tables in step with the log. Every event is recorded once, keyed by its
 * message id, so a redelivery or a replay of the log changes nothing.
 */
@ApplicationScoped
public class HandoffRecorder {

    private final ConversationRepository conversations;
    private final HandoffRepository handoffs;
    private final ReplyRepository replies;

    public HandoffRecorder(ConversationRepository conversations, HandoffRepository handoffs, ReplyRepository replies) {
        this.conversations = conversations;
        this.handoffs = handoffs;
        this.replies = replies;
    }

    /**
     * A HUMAN or SUGGEST decision puts the conversation in the queue; one the assistant answered, or
     * asked the customer to rephrase, is not for agents.
     */
    @WithTransaction
    public Uni<Void> record(RoutingDecision decision) {
        if (decision.route() != Route.HUMAN && decision.route() != Route.SUGGEST) {
            return Uni.createFrom().voidItem();
        }
        return handoffs.findById(decision.messageId()).flatMap(known -> known != null
                ? Uni.createFrom().voidItem()
                : conversations.findById(decision.conversationId())
                        .flatMap(found -> {
                            Conversation conversation = found != null ? found
                                    : Conversation.opened(decision.conversationId(), decision.occurredAt());
                            conversation.handedOff(decision.occurredAt(), decision.priority().name());
                            return conversations.persist(conversation);
                        })
                        .flatMap(conversation -> handoffs.persist(handoff(decision)))
                        .replaceWithVoid());
    }

    /**
     * A reply joins the transcript of a conversation agents know; an agent's reply also takes it out of
     * the queue.
     */
    @WithTransaction
    public Uni<Void> record(ReplyPosted posted) {
        return replies.findById(posted.messageId()).flatMap(known -> known != null
                ? Uni.createFrom().voidItem()
                : conversations.findById(posted.conversationId()).flatMap(conversation -> {
                    if (conversation == null) {
                        return Uni.createFrom().voidItem();
                    }
                    if (posted.author() == ReplyPosted.Author.AGENT) {
                        conversation.answeredByAgent(posted.occurredAt());
                    }
                    return replies.persist(reply(posted)).replaceWithVoid();
                }));
    }

    private static Handoff handoff(RoutingDecision decision) {
        Handoff handoff = new Handoff();
        handoff.messageId = decision.messageId();
        handoff.conversationId = decision.conversationId();
        handoff.route = decision.route().name();
        handoff.intent = decision.classification().intent();
        handoff.confidence = decision.classification().confidence();
        handoff.language = decision.classification().language();
        handoff.reasons = decision.reasons().stream().map(r -> new Handoff.Reason(r.code(), r.text())).toList();
        handoff.customerText = decision.text();
        handoff.policyVersion = decision.policyVersion();
        handoff.decidedAt = decision.occurredAt();
        handoff.rule = decision.rule();
        handoff.priority = decision.priority().name();
        handoff.draft = decision.draft();
        handoff.shadow = decision.shadow();
        handoff.transcript = decision.handoff() == null ? List.of() : decision.handoff().transcript();
        handoff.customerContext = decision.handoff() == null ? new LinkedHashMap<>()
                : new LinkedHashMap<>(decision.handoff().customer());
        return handoff;
    }

    private static Reply reply(ReplyPosted posted) {
        Reply reply = new Reply();
        reply.messageId = posted.messageId();
        reply.conversationId = posted.conversationId();
        reply.author = posted.author().name();
        reply.agent = posted.agent();
        reply.inReplyTo = posted.inReplyTo();
        reply.text = posted.text();
        reply.postedAt = posted.occurredAt();
        return reply;
    }
}
