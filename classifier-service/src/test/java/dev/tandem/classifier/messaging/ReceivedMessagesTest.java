package dev.tandem.classifier.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import dev.tandem.contracts.Events;
import dev.tandem.contracts.MessageClassified;
import dev.tandem.contracts.MessageReceived;
import dev.tandem.contracts.Topics;
import dev.tandem.contracts.EventSchemas;
import dev.tandem.testing.KafkaProbe;
import dev.tandem.testing.KafkaResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@QuarkusTestResource(KafkaResource.class)
class ReceivedMessagesTest {

    private static final KafkaProbe kafka = KafkaProbe.onTestBroker();

    @Test
    void aReceivedMessageIsPublishedClassifiedKeyedByConversationAsAValidEvent() {
        MessageReceived received = receive("Where is my order 1234? I want to talk to a human");

        ConsumerRecord<String, String> record = awaitClassified(received.messageId());
        assertThat(record.key()).isEqualTo(received.conversationId());
        assertThat(KafkaProbe.header(record, "ce_type")).isEqualTo(MessageClassified.TYPE);
        assertThat(KafkaProbe.header(record, "ce_source")).isEqualTo("/classifier-service");
        assertThat(EventSchemas.violations("message-classified.v1", record.value())).isEmpty();

        MessageClassified classified = Events.decode(record.value(), MessageClassified.class);
        assertThat(classified.conversationId()).isEqualTo(received.conversationId());
        assertThat(classified.text()).isEqualTo(received.text());
        assertThat(classified.occurredAt()).isAfterOrEqualTo(received.occurredAt());
        assertThat(classified.classification().intent()).isEqualTo("track_order");
        assertThat(classified.classification().flags()).containsExactly("human_requested");
        assertThat(classified.classification().language()).isEqualTo("en");
    }

    @ParameterizedTest
    @ValueSource(strings = { "{\"not\": \"an event\", \"marker\": \"%s\"}", "not JSON at all %s" })
    void aMalformedRecordIsDeadLetteredAndTheNextMessageIsStillClassified(String template) {
        String poison = template.formatted(UUID.randomUUID());
        kafka.send(Topics.MESSAGES_RECEIVED, UUID.randomUUID().toString(), poison);

        ConsumerRecord<String, String> dead = kafka.awaitRecord(Topics.deadLetter("classifier-service"),
                r -> poison.equals(r.value()));
        assertThat(KafkaProbe.header(dead, "dead-letter-topic")).isEqualTo(Topics.MESSAGES_RECEIVED);
        assertThat(KafkaProbe.header(dead, "dead-letter-reason")).contains("Not a valid MessageReceived");

        MessageReceived next = receive("je voudrais annuler ma commande");
        MessageClassified classified = Events.decode(awaitClassified(next.messageId()).value(), MessageClassified.class);
        assertThat(classified.classification().intent()).isEqualTo("cancel_order");
        assertThat(classified.classification().language()).isEqualTo("fr");
    }

    private static MessageReceived receive(String text) {
        String conversationId = UUID.randomUUID().toString();
        MessageReceived received = new MessageReceived(conversationId, UUID.randomUUID().toString(), Instant.now(),
                "api", text, List.of());
        kafka.send(Topics.MESSAGES_RECEIVED, conversationId, Events.encode(received));
        return received;
    }

    private static ConsumerRecord<String, String> awaitClassified(String messageId) {
        return kafka.awaitRecord(Topics.MESSAGES_CLASSIFIED,
                r -> ("classified:" + messageId).equals(KafkaProbe.header(r, "ce_id")));
    }
}
