package dev.tandem.agent.service;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.reactive.messaging.Channel;

import dev.tandem.agent.Handoff;
import dev.tandem.agent.api.QueueEntry;
import dev.tandem.agent.config.AgentConfig;
import dev.tandem.agent.messaging.Channels;
import dev.tandem.agent.repository.ConversationRepository;
import dev.tandem.agent.repository.HandoffRepository;
import dev.tandem.contracts.Events;
import dev.tandem.contracts.HandedBack;
import dev.tandem.contracts.ReplyPosted;
import dev.tandem.problem.Problem;
import dev.tandem.problem.ProblemException;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.MutinyEmitter;

/** What an agent does: look at the queue, answer a customer, give a conversation back to the assistant. */
@ApplicationScoped
public class AgentDesk {

    private final ConversationRepository conversations;
    private final HandoffRepository handoffs;
    private final MutinyEmitter<String> agentReplies;
    private final MutinyEmitter<String> handbacks;
    private final AgentConfig config;

    public AgentDesk(ConversationRepository conversations, HandoffRepository handoffs,
            @Channel(Channels.AGENT_REPLIES) MutinyEmitter<String> agentReplies,
            @Channel(Channels.HANDBACKS) MutinyEmitter<String> handbacks, AgentConfig config) {
        this.conversations = conversations;
        this.handoffs = handoffs;
        this.agentReplies = agentReplies;
        this.handbacks = handbacks;
        this.config = config;
    }

    /** The conversations waiting for a person, longest wait first, each with its latest hand-off. */
    @WithSession
    public Uni<List<QueueEntry>> queue() {
        return conversations.waitingOldestFirst().flatMap(waiting -> handoffs
                .latestOf(waiting.stream().map(c -> c.id).toList())
                .map(latest -> waiting.stream()
                        .filter(c -> latest.containsKey(c.id))
                        .map(c -> QueueEntry.of(c, latest.get(c.id)))
                        .toList()));
    }

    /**
     * Publishes an agent's reply; the conversation leaves the queue when the reply comes back from the
     * log, like every other change of state here.
     *
     * @return the reply's message id, once the broker has it
     */
    @WithSession
    public Uni<String> reply(String conversationId, String agent, String text) {
        if (text.codePointCount(0, text.length()) > config.maxReplyLength()) {
            throw ProblemException.invalid("text", "must be at most " + config.maxReplyLength() + " characters");
        }
        return latestHandoff(conversationId).flatMap(handoff -> post(handoff, agent, text));
    }

    /**
     * Sends the assistant's draft of the latest hand-off, as it is, as the agent's reply: the agent
     * approved it. 409 when that hand-off has no draft.
     *
     * @return the reply's message id, once the broker has it
     */
    @WithSession
    public Uni<String> approveDraft(String conversationId, String agent) {
        return latestHandoff(conversationId).flatMap(handoff -> {
            if (handoff.draft == null) {
                return Uni.createFrom().failure(new ProblemException(Problem.of(Response.Status.CONFLICT,
                        "The latest hand-off of " + conversationId + " has no draft to approve: write a reply",
                        List.of())));
            }
            return post(handoff, agent, handoff.draft);
        });
    }

    /** The agent's reply to the hand-off's message, on the log; its id once the broker has it. */
    private Uni<String> post(Handoff handoff, String agent, String text) {
        ReplyPosted reply = new ReplyPosted(handoff.conversationId, UUID.randomUUID().toString(), Instant.now(),
                handoff.messageId, ReplyPosted.Author.AGENT, agent, text);
        return agentReplies.sendMessage(Events.message(reply, Channels.SOURCE)).replaceWith(reply.messageId());
    }

    /**
     * Gives a conversation back to the assistant: until then escalation-service sends every message of
     * a conversation handed to a person to a person.
     *
     * @return the hand-back's id, once the broker has it
     */
    @WithSession
    public Uni<String> handBack(String conversationId, String agent) {
        return latestHandoff(conversationId).flatMap(handoff -> {
            HandedBack handedBack = new HandedBack(conversationId, UUID.randomUUID().toString(), Instant.now(), agent);
            return handbacks.sendMessage(Events.message(handedBack, Channels.SOURCE)).replaceWith(handedBack.messageId());
        });
    }

    /** 404 for a conversation never handed to agents. */
    private Uni<Handoff> latestHandoff(String conversationId) {
        return handoffs.latestOf(List.of(conversationId)).flatMap(latest -> {
            Handoff handoff = latest.get(conversationId);
            return handoff != null ? Uni.createFrom().item(handoff)
                    : Uni.createFrom().failure(new ProblemException(Problem.of(Response.Status.NOT_FOUND,
                            "No conversation " + conversationId + " was handed to agents", List.of())));
        });
    }
}
