package dev.tandem.agent.repository;

import java.util.Collection;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import dev.tandem.agent.Handoff;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;

@ApplicationScoped
public class HandoffRepository implements PanacheRepositoryBase<Handoff, String> {

    /** The latest hand-off of each of these conversations, in one query. */
    public Uni<Map<String, Handoff>> latestOf(Collection<String> conversationIds) {
        if (conversationIds.isEmpty()) {
            return Uni.createFrom().item(Map.of());
        }
        return list("conversationId in ?1 order by decidedAt", conversationIds)
                .map(handoffs -> handoffs.stream().collect(
                        Collectors.toMap(h -> h.conversationId, Function.identity(), (older, newer) -> newer)));
    }
}
