package dev.tandem.escalation.conversation;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import dev.tandem.contracts.CxEvent;
import dev.tandem.contracts.Events;
import dev.tandem.contracts.HandedBack;
import dev.tandem.contracts.MalformedEventException;
import dev.tandem.contracts.RoutingDecision;
import dev.tandem.contracts.Topics;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.vertx.core.Context;
import io.vertx.core.Vertx;

/**
 * Rebuilds every conversation's state from the log: the decisions and hand-backs, read from the
 * beginning to where the topics end now, each event once, folded in time order by the same
 * {@link ConversationState#after} transitions the live service uses. For a lost or suspect database;
 * run it while no message is being decided.
 */
@ApplicationScoped
public class StateRebuild {

    private static final Logger LOG = Logger.getLogger(StateRebuild.class);
    private static final Duration POLL = Duration.ofMillis(500);

    /** How many conversations were rebuilt, from how many events. */
    public record Rebuilt(int conversations, int decisions, int handBacks) {
    }

    private final ConversationStates states;
    private final String bootstrapServers;

    public StateRebuild(ConversationStates states,
            @ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers) {
        this.states = states;
        this.bootstrapServers = bootstrapServers;
    }

    /** Called on a Vert.x event loop (as a reactive endpoint is), where Hibernate Reactive works. */
    public Uni<Rebuilt> rebuild() {
        Context eventLoop = Vertx.currentContext();
        // Reading the log blocks: off the event loop, then back to it for the database.
        return Uni.createFrom().item(this::readLog).runSubscriptionOn(Infrastructure.getDefaultWorkerPool())
                .emitOn(task -> eventLoop.runOnContext(ignored -> task.run()))
                .chain(events -> {
                    Map<String, ConversationState> rebuilt = fold(events);
                    int decisions = (int) events.stream().filter(RoutingDecision.class::isInstance).count();
                    Rebuilt result = new Rebuilt(rebuilt.size(), decisions, events.size() - decisions);
                    return Panache.withTransaction(() -> states.deleteAll()
                            .chain(() -> states.persist(rebuilt.values())))
                            .invoke(() -> LOG.infof("Conversation state rebuilt from the log: %s", result))
                            .replaceWith(result);
                });
    }

    /** The conversations' states, each the fold of its events in the order they happened. */
    static Map<String, ConversationState> fold(List<CxEvent> events) {
        Map<String, ConversationState> rebuilt = new HashMap<>();
        events.stream().sorted(Comparator.comparing(CxEvent::occurredAt)).forEach(event -> {
            ConversationState state = rebuilt.computeIfAbsent(event.conversationId(), ConversationState::opened);
            if (event instanceof RoutingDecision decision) {
                state.after(decision);
            } else if (event instanceof HandedBack handedBack) {
                state.after(handedBack);
            }
        });
        return rebuilt;
    }

    /** Every valid decision and hand-back on the log, once each (a redelivery publishes an event again). */
    private List<CxEvent> readLog() {
        Properties config = new Properties();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(config, new StringDeserializer(),
                new StringDeserializer())) {
            List<TopicPartition> partitions = new ArrayList<>();
            for (String topic : List.of(Topics.ROUTING_DECISIONS, Topics.HANDBACKS)) {
                consumer.partitionsFor(topic).forEach(p -> partitions.add(new TopicPartition(topic, p.partition())));
            }
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            Set<String> seen = new HashSet<>();
            List<CxEvent> events = new ArrayList<>();
            while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))) {
                for (ConsumerRecord<String, String> record : consumer.poll(POLL)) {
                    decode(record).filter(event -> seen.add(event.eventId())).ifPresent(events::add);
                }
            }
            return events;
        }
    }

    /** A record that is not a valid event was dead-lettered when it came: it changed nothing then either. */
    private static Optional<CxEvent> decode(ConsumerRecord<String, String> record) {
        try {
            return Optional.of(record.topic().equals(Topics.HANDBACKS)
                    ? Events.decode(record.value(), HandedBack.class)
                    : Events.decode(record.value(), RoutingDecision.class));
        } catch (MalformedEventException e) {
            return Optional.empty();
        }
    }
}
