package dev.tandem.escalation.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dev.tandem.contracts.Classification;
import dev.tandem.contracts.Events;
import dev.tandem.contracts.MessageClassified;
import dev.tandem.contracts.ReplyPosted;
import dev.tandem.contracts.Route;
import dev.tandem.contracts.RoutingDecision;
import dev.tandem.contracts.Topics;
import dev.tandem.contracts.EventSchemas;
import dev.tandem.testing.KafkaProbe;
import dev.tandem.testing.KafkaResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@QuarkusTestResource(KafkaResource.class)
class ClassifiedMessagesTest {

    private static final KafkaProbe kafka = KafkaProbe.onTestBroker();

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            en | Where is my parcel?   | You can follow your order at any time      | Reply 'agent' at any time to talk to a person.
            fr | Où est mon colis ?    | Vous pouvez suivre votre commande à tout moment | Répondez « agent » à tout moment pour parler à une personne.
            """)
    void anAutomatedIntentIsDecidedThenAnsweredByTheAssistantInTheCustomersLanguage(String language, String text,
            String answer, String howToReachAPerson) {
        MessageClassified message = classified("track_order", 0.96, language, List.of(), text);
        kafka.send(Topics.MESSAGES_CLASSIFIED, message.conversationId(), Events.encode(message));

        RoutingDecision decision = awaitDecision(message);
        assertThat(decision.route()).isEqualTo(Route.AUTOMATE);
        assertThat(decision.reasons()).extracting(RoutingDecision.Reason::code).containsExactly("automated_intent");

        ConsumerRecord<String, String> record = kafka.awaitRecord(Topics.REPLIES,
                r -> r.value().contains(message.messageId()));
        assertThat(record.key()).isEqualTo(message.conversationId());
        assertThat(KafkaProbe.header(record, "ce_type")).isEqualTo(ReplyPosted.TYPE);
        assertThat(KafkaProbe.header(record, "ce_source")).isEqualTo("/escalation-service");
        assertThat(EventSchemas.violations("reply-posted.v1", record.value())).isEmpty();
        ReplyPosted reply = Events.decode(record.value(), ReplyPosted.class);
        assertThat(reply.author()).isEqualTo(ReplyPosted.Author.ASSISTANT);
        assertThat(reply.agent()).isNull();
        assertThat(reply.inReplyTo()).isEqualTo(message.messageId());
        // Derived from the customer's message, so a redelivery posts the same reply, not a second one.
        assertThat(reply.messageId()).isEqualTo(UUID.nameUUIDFromBytes(
                (message.messageId() + "/assistant-reply").getBytes(StandardCharsets.UTF_8)).toString());
        assertThat(KafkaProbe.header(record, "ce_id")).isEqualTo("reply:" + reply.messageId());
        assertThat(reply.text()).startsWith(answer).endsWith(howToReachAPerson);
    }

    @Test
    void aCustomerWhoAsksForAPersonGetsOneAndNoAutomatedAnswer() {
        MessageClassified askingForAPerson = classified("track_order", 0.93, "fr", List.of("human_requested"),
                "Je veux parler à un humain, où est ma commande ?");
        // Same conversation, so the same partition, in order: once this one is answered, the first was fully handled.
        MessageClassified next = classified(askingForAPerson.conversationId(), "track_order", 0.96, "fr", List.of(),
                "Où est mon colis ?");
        kafka.send(Topics.MESSAGES_CLASSIFIED, askingForAPerson.conversationId(), Events.encode(askingForAPerson));
        kafka.send(Topics.MESSAGES_CLASSIFIED, next.conversationId(), Events.encode(next));

        RoutingDecision decision = awaitDecision(askingForAPerson);
        assertThat(decision.route()).isEqualTo(Route.HUMAN);
        assertThat(decision.reasons()).containsExactly(
                new RoutingDecision.Reason("human_requested", "The customer asked for a person"));
        kafka.awaitRecord(Topics.REPLIES, r -> r.value().contains(next.messageId()));
        assertThat(kafka.records(Topics.REPLIES)).noneMatch(r -> r.value().contains(askingForAPerson.messageId()));
    }

    @Test
    void aMessageOutsideTheAllowListIsDraftedForAnAgent() {
        MessageClassified message = classified("cancel_order", 0.97, "en", List.of(), "Please cancel my order");
        kafka.send(Topics.MESSAGES_CLASSIFIED, message.conversationId(), Events.encode(message));

        RoutingDecision decision = awaitDecision(message);
        assertThat(decision.route()).isEqualTo(Route.SUGGEST);
        assertThat(decision.reasons()).containsExactly(new RoutingDecision.Reason("not_automated",
                "cancel_order is not automated: an agent approves the draft"));
    }

    @Test
    void aMalformedRecordIsDeadLetteredAndTheNextMessageIsStillDecided() {
        String conversationId = UUID.randomUUID().toString();
        String poison = "{\"not\": \"an event\", \"marker\": \"" + UUID.randomUUID() + "\"}";
        kafka.send(Topics.MESSAGES_CLASSIFIED, conversationId, poison);

        ConsumerRecord<String, String> dead = kafka.awaitRecord(Topics.deadLetter("escalation-service"),
                r -> poison.equals(r.value()));
        assertThat(dead.key()).isEqualTo(conversationId);
        assertThat(KafkaProbe.header(dead, "dead-letter-topic")).isEqualTo(Topics.MESSAGES_CLASSIFIED);
        assertThat(KafkaProbe.header(dead, "dead-letter-reason")).contains("Not a valid MessageClassified");

        MessageClassified message = classified(conversationId, "cancel_order", 0.9, "en", List.of(),
                "I want to cancel my order");
        kafka.send(Topics.MESSAGES_CLASSIFIED, conversationId, Events.encode(message));
        assertThat(awaitDecision(message).route()).isEqualTo(Route.SUGGEST);
    }

    /** Waits for the message's decision and checks what every decision must carry. */
    private static RoutingDecision awaitDecision(MessageClassified message) {
        ConsumerRecord<String, String> record = kafka.awaitRecord(Topics.ROUTING_DECISIONS,
                r -> r.value().contains(message.messageId()));
        assertThat(record.key()).isEqualTo(message.conversationId());
        assertThat(KafkaProbe.header(record, "ce_type")).isEqualTo(RoutingDecision.TYPE);
        assertThat(KafkaProbe.header(record, "ce_id")).isEqualTo("decided:" + message.messageId());
        assertThat(KafkaProbe.header(record, "ce_source")).isEqualTo("/escalation-service");
        assertThat(EventSchemas.violations("routing-decision.v1", record.value())).isEmpty();
        RoutingDecision decision = Events.decode(record.value(), RoutingDecision.class);
        assertThat(decision.conversationId()).isEqualTo(message.conversationId());
        assertThat(decision.messageId()).isEqualTo(message.messageId());
        assertThat(decision.classification()).isEqualTo(message.classification());
        assertThat(decision.text()).isEqualTo(message.text());
        assertThat(decision.policyVersion()).isEqualTo("minimal-1");
        return decision;
    }

    private static MessageClassified classified(String intent, double confidence, String language, List<String> flags,
            String text) {
        return classified(UUID.randomUUID().toString(), intent, confidence, language, flags, text);
    }

    private static MessageClassified classified(String conversationId, String intent, double confidence,
            String language, List<String> flags, String text) {
        Classification classification = new Classification(intent, confidence, List.of(), language,
                new Classification.Sentiment("neutral", 0.55), flags, "test-model");
        return new MessageClassified(conversationId, UUID.randomUUID().toString(), Instant.now(), text,
                classification);
    }
}
