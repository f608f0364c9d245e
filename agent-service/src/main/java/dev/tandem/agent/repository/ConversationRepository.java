package dev.tandem.agent.repository;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import dev.tandem.agent.Conversation;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;

@ApplicationScoped
public class ConversationRepository implements PanacheRepositoryBase<Conversation, String> {

    /** The agents' queue: risk flags first (HIGH sorts before NORMAL), then whoever has waited longest. */
    public Uni<List<Conversation>> waitingOldestFirst() {
        return list("status = ?1 order by priority, waitingSince, id", Conversation.Status.WAITING);
    }
}
