package dev.tandem.agent.repository;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import dev.tandem.agent.Conversation;
import dev.tandem.agent.Handoff;
import dev.tandem.testing.ServiceStack;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;

/** The queue's queries on the real PostgreSQL schema that the migrations create. */
@QuarkusTest
@QuarkusTestResource(ServiceStack.class)
class ConversationRepositoryTest {

    @Inject
    ConversationRepository conversations;

    @Inject
    HandoffRepository handoffs;

    @Test
    void theQueueHoldsOnlyWaitingConversationsLongestWaitFirst() throws Throwable {
        Instant now = Instant.now();
        Conversation recent = waiting(now.minusSeconds(10));
        Conversation oldest = waiting(now.minusSeconds(3600));
        Conversation answered = waiting(now.minusSeconds(7200));
        answered.answeredByAgent(now);
        inTransaction(() -> conversations.persist(List.of(recent, oldest, answered)));

        List<String> queue = inTransaction(() -> conversations.waitingOldestFirst()).stream()
                .map(c -> c.id)
                .filter(id -> List.of(recent.id, oldest.id, answered.id).contains(id))
                .toList();

        assertThat(queue).containsExactly(oldest.id, recent.id);
    }

    @Test
    void theLatestHandOffOfEachConversationComesBackWithItsReasons() throws Throwable {
        Instant now = Instant.now();
        Conversation conversation = waiting(now);
        Handoff first = handoff(conversation.id, now.minusSeconds(30), "track_order");
        Handoff second = handoff(conversation.id, now, "complaint");
        inTransaction(() -> conversations.persist(conversation)
                .flatMap(c -> handoffs.persist(List.of(first, second))));

        Map<String, Handoff> latest = inTransaction(() -> handoffs.latestOf(List.of(conversation.id)));

        assertThat(latest.get(conversation.id).intent).isEqualTo("complaint");
        assertThat(latest.get(conversation.id).reasons)
                .containsExactly(new Handoff.Reason("low_confidence", "Confidence 0.41 is below the 0.75 needed"));
    }

    private static Conversation waiting(Instant since) {
        Conversation conversation = Conversation.opened(UUID.randomUUID().toString(), since);
        conversation.handedOff(since, "NORMAL");
        return conversation;
    }

    private static Handoff handoff(String conversationId, Instant at, String intent) {
        Handoff handoff = new Handoff();
        handoff.messageId = UUID.randomUUID().toString();
        handoff.conversationId = conversationId;
        handoff.route = "HUMAN";
        handoff.intent = intent;
        handoff.confidence = 0.41;
        handoff.language = "fr";
        handoff.reasons = List.of(new Handoff.Reason("low_confidence", "Confidence 0.41 is below the 0.75 needed"));
        handoff.customerText = "ma commande n'est jamais arrivée";
        handoff.policyVersion = "test";
        handoff.decidedAt = at;
        handoff.rule = "low_confidence";
        return handoff;
    }

    private static <T> T inTransaction(java.util.function.Supplier<io.smallrye.mutiny.Uni<T>> work) throws Throwable {
        return VertxContextSupport.subscribeAndAwait(() -> Panache.withTransaction(work));
    }
}
