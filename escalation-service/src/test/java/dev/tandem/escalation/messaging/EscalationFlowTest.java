package dev.tandem.escalation.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dev.tandem.contracts.Classification;
import dev.tandem.contracts.EventSchemas;
import dev.tandem.contracts.Events;
import dev.tandem.contracts.HandedBack;
import dev.tandem.contracts.MessageClassified;
import dev.tandem.contracts.ReplyPosted;
import dev.tandem.contracts.Route;
import dev.tandem.contracts.RoutingDecision;
import dev.tandem.contracts.RoutingDecision.Priority;
import dev.tandem.contracts.Topics;
import dev.tandem.escalation.conversation.ConversationState;
import dev.tandem.escalation.conversation.ConversationStates;
import dev.tandem.escalation.policy.ModelThresholds;
import dev.tandem.testing.KafkaProbe;
import dev.tandem.testing.ServiceStack;
import dev.tandem.testing.Tokens;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import io.restassured.RestAssured;

/**
 * Classified messages in, decisions and the assistant's messages out, on the real broker, with the
 * conversation state and the demo customer context in the real database.
 */
@QuarkusTest
@QuarkusTestResource(ServiceStack.class)
class EscalationFlowTest {

    private static final KafkaProbe kafka = KafkaProbe.onTestBroker();

    @Inject
    ModelThresholds thresholds;

    @Inject
    ConversationStates states;

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            en | Where is my order 1234?           | Your order 1234 shipped on 18 November 2026 with Colissimo (tracking number 6A12345678901)      | Reply 'agent' at any time to talk to a person.
            fr | Elle est où ma commande 1234 ??   | Votre commande 1234 a été expédiée le 18 novembre 2026 par Colissimo (numéro de suivi 6A12345678901) | Répondez « agent » à tout moment pour parler à une personne.
            """)
    void whereIsMyOrderIsAnsweredWithItsRealStatusFromTheContextStore(String language, String text, String answer,
            String howToReachAPerson) {
        MessageClassified message = classified(UUID.randomUUID().toString(), "track_order", 0.97, language, "neutral",
                text);
        send(message);

        RoutingDecision decision = awaitDecision(message);
        assertThat(decision.route()).isEqualTo(Route.AUTOMATE);
        assertThat(decision.rule()).isEqualTo("automated");
        assertThat(decision.threshold()).isEqualTo(new RoutingDecision.Threshold(0.97, 0.9, "policy"));
        assertThat(decision.handoff()).isNull();

        ReplyPosted reply = awaitReply(message);
        assertThat(reply.author()).isEqualTo(ReplyPosted.Author.ASSISTANT);
        assertThat(reply.inReplyTo()).isEqualTo(message.messageId());
        assertThat(reply.text()).startsWith(answer).endsWith(howToReachAPerson);
        assertThat(state(message.conversationId()).automatedTurns).isEqualTo(1);
    }

    @Test
    void aCustomerAskingForAPersonReachesOneAtOnceWithTheWholeConversationAndIsToldSoInFrench() {
        String conversationId = UUID.randomUUID().toString();
        MessageClassified first = classified(conversationId, "track_order", 0.97, "fr", "neutral",
                "Bonjour, où en est ma commande 1234 ?");
        MessageClassified second = classified(conversationId, "contact_human_agent", 0.95, "fr", "negative",
                "je veux parler à un conseiller", "human_requested");
        send(first);
        awaitReply(first);
        send(second);

        RoutingDecision decision = awaitDecision(second);
        assertThat(decision.route()).isEqualTo(Route.HUMAN);
        assertThat(decision.rule()).isEqualTo("safety_flag");
        assertThat(decision.priority()).isEqualTo(Priority.HIGH);
        assertThat(decision.handoff().transcript()).extracting(RoutingDecision.Turn::author)
                .containsExactly("customer", "assistant", "customer");
        assertThat(decision.handoff().transcript().get(0).text()).isEqualTo(first.text());
        assertThat(decision.handoff().transcript().get(1).text()).startsWith("Votre commande 1234 a été expédiée");
        assertThat(decision.handoff().transcript().get(2).intent()).isEqualTo("contact_human_agent");

        ReplyPosted notice = awaitReply(second);
        assertThat(notice.text()).startsWith("Une personne de notre équipe prend le relais, car vous avez demandé à"
                + " parler à une personne. Attente estimée : environ 5 minutes.");
        assertThat(state(conversationId).holder).isEqualTo(ConversationState.Holder.AGENT);
    }

    @Test
    void aFailedLookupGoesToAPersonNotToAMadeUpAnswer() {
        MessageClassified message = classified(UUID.randomUUID().toString(), "track_order", 0.98, "en", "neutral",
                "where is my order 9999");
        send(message);

        RoutingDecision decision = awaitDecision(message);
        assertThat(decision.route()).isEqualTo(Route.HUMAN);
        assertThat(decision.rule()).isEqualTo("context_unavailable");
        assertThat(decision.handoff().customer()).containsEntry("order 9999", "no such order");
        assertThat(awaitReply(message).text()).contains("because I could not find the details needed to answer");
    }

    @Test
    void aConversationWithAPersonStaysThereUntilAnAgentHandsItBack() {
        String conversationId = UUID.randomUUID().toString();
        MessageClassified askingForAPerson = classified(conversationId, "contact_human_agent", 0.95, "en", "neutral",
                "I want to talk to a human", "human_requested");
        send(askingForAPerson);
        awaitDecision(askingForAPerson);

        MessageClassified whileWithAgent = classified(conversationId, "track_order", 0.99, "en", "neutral",
                "where is order 1234?");
        send(whileWithAgent);
        RoutingDecision stays = awaitDecision(whileWithAgent);
        assertThat(stays.route()).isEqualTo(Route.HUMAN);
        assertThat(stays.rule()).isEqualTo("stays_with_agent");

        HandedBack handedBack = new HandedBack(conversationId, UUID.randomUUID().toString(), Instant.now(), "agent");
        kafka.send(Topics.HANDBACKS, conversationId, Events.encode(handedBack));
        await().atMost(Duration.ofSeconds(20)).until(() -> !state(conversationId).withAgent());

        MessageClassified afterHandBack = classified(conversationId, "track_order", 0.99, "en", "neutral",
                "and where is order 1234 now?");
        send(afterHandBack);
        assertThat(awaitDecision(afterHandBack).route()).isEqualTo(Route.AUTOMATE);
        assertThat(kafka.records(Topics.REPLIES)).noneMatch(r -> r.value().contains(whileWithAgent.messageId()));
    }

    @Test
    void aRedeliveredMessageIsPublishedAgainUnchangedAndCountedOnce() {
        MessageClassified message = classified(UUID.randomUUID().toString(), "check_payment_methods", 0.99, "en",
                "neutral", "can I pay with paypal?");
        send(message);
        ConsumerRecord<String, String> first = kafka.awaitRecord(Topics.ROUTING_DECISIONS,
                r -> r.value().contains(message.messageId()));
        send(message);

        await().atMost(Duration.ofSeconds(20)).until(() -> kafka.records(Topics.ROUTING_DECISIONS).stream()
                .filter(r -> r.value().contains(message.messageId())).count() == 2);
        assertThat(kafka.records(Topics.ROUTING_DECISIONS)).filteredOn(r -> r.value().contains(message.messageId()))
                .extracting(ConsumerRecord::value).containsOnly(first.value());
        assertThat(Events.decode(first.value(), RoutingDecision.class).route()).isEqualTo(Route.AUTOMATE);
        assertThat(state(message.conversationId()).automatedTurns).isEqualTo(1);
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

        MessageClassified message = classified(conversationId, "cancel_order", 0.9, "en", "neutral",
                "I want to cancel my order");
        send(message);
        RoutingDecision decision = awaitDecision(message);
        assertThat(decision.route()).isEqualTo(Route.SUGGEST);
        assertThat(decision.draft()).startsWith("I can cancel an order that has not shipped yet");
    }

    @Test
    void inShadowModeAnAgentAnswersAndWhetherTheyAgreedWithTheAssistantIsRecorded() {
        MessageClassified message = classified(UUID.randomUUID().toString(), "check_cancellation_fee", 0.995, "en",
                "neutral", "is there a fee if I cancel?");
        send(message);

        RoutingDecision decision = awaitDecision(message);
        assertThat(decision.route()).isEqualTo(Route.SUGGEST);
        assertThat(decision.shadow()).isTrue();
        assertThat(decision.draft()).startsWith("Cancelling an order before it ships is free");
        assertThat(kafka.records(Topics.REPLIES)).noneMatch(r -> r.value().contains(message.messageId()));

        ReplyPosted agentAnswer = new ReplyPosted(message.conversationId(), UUID.randomUUID().toString(),
                Instant.now(), message.messageId(), ReplyPosted.Author.AGENT, "agent",
                "Hi! " + decision.draft() + " Kind regards, Alex");
        kafka.send(Topics.REPLIES, message.conversationId(), Events.encode(agentAnswer));

        await().atMost(Duration.ofSeconds(20)).until(() -> RestAssured.get("/q/metrics").asString().contains(
                "tandem_escalation_shadow_answers_total{agreed=\"true\",intent=\"check_cancellation_fee\"}"));
    }

    @Test
    void everyConversationsStateIsRebuiltFromTheLogAfterTheDatabaseLostIt() throws Throwable {
        MessageClassified withAPerson = classified(UUID.randomUUID().toString(), "contact_human_agent", 0.95, "fr",
                "negative", "je veux parler à un conseiller", "human_requested");
        MessageClassified answered = classified(UUID.randomUUID().toString(), "track_order", 0.97, "en", "neutral",
                "where is my order 1235");
        send(withAPerson);
        send(answered);
        awaitDecision(withAPerson);
        awaitDecision(answered);
        awaitReply(answered);
        ConversationState person = state(withAPerson.conversationId());
        ConversationState assistant = state(answered.conversationId());

        VertxContextSupport.subscribeAndAwait(() -> Panache.withTransaction(states::deleteAll));
        RestAssured.given().auth().oauth2(Tokens.of("agent")).post("/api/v1/conversation-state/rebuild")
                .then().statusCode(403);
        RestAssured.given().auth().oauth2(Tokens.of("admin")).post("/api/v1/conversation-state/rebuild")
                .then().statusCode(200);

        assertThat(state(withAPerson.conversationId())).usingRecursiveComparison().isEqualTo(person);
        assertThat(state(answered.conversationId())).usingRecursiveComparison().isEqualTo(assistant);
        assertThat(state(withAPerson.conversationId()).withAgent()).isTrue();
        assertThat(state(answered.conversationId()).lastAutomatedIntent).isEqualTo("track_order");
    }

    @Test
    void decisionsAreCountedByRouteIntentAndRuleWithTheTimeToDecide() {
        MessageClassified message = classified(UUID.randomUUID().toString(), "complaint", 0.9, "en", "negative",
                "This is unacceptable");
        send(message);
        awaitDecision(message);

        String metrics = RestAssured.get("/q/metrics").then().statusCode(200).extract().asString();
        assertThat(metrics)
                .contains("tandem_escalation_decisions_total{intent=\"complaint\",route=\"HUMAN\",rule=\"intent_mode\"}")
                .contains("tandem_escalation_decision_reasons_total{reason=\"intent_mode\",route=\"HUMAN\"}")
                .contains("tandem_escalation_automation_rate")
                .contains("tandem_escalation_message_to_decision_seconds_count");
    }

    private static void send(MessageClassified message) {
        kafka.send(Topics.MESSAGES_CLASSIFIED, message.conversationId(), Events.encode(message));
    }

    /** Waits for the message's decision and checks what every decision must carry. */
    private static RoutingDecision awaitDecision(MessageClassified message) {
        ConsumerRecord<String, String> record = kafka.awaitRecord(Topics.ROUTING_DECISIONS,
                r -> r.value().contains(message.messageId()));
        assertThat(record.key()).isEqualTo(message.conversationId());
        assertThat(KafkaProbe.header(record, "ce_type")).isEqualTo(RoutingDecision.TYPE);
        assertThat(KafkaProbe.header(record, "ce_id")).isEqualTo("decided:" + message.messageId());
        assertThat(EventSchemas.violations("routing-decision.v1", record.value())).isEmpty();
        RoutingDecision decision = Events.decode(record.value(), RoutingDecision.class);
        assertThat(decision.classification()).isEqualTo(message.classification());
        assertThat(decision.text()).isEqualTo(message.text());
        assertThat(decision.policyVersion()).isNotBlank();
        assertThat(decision.reasons()).isNotEmpty();
        return decision;
    }

    private static ReplyPosted awaitReply(MessageClassified message) {
        ConsumerRecord<String, String> record = kafka.awaitRecord(Topics.REPLIES,
                r -> r.value().contains("\"inReplyTo\":\"" + message.messageId() + "\""));
        assertThat(EventSchemas.violations("reply-posted.v1", record.value())).isEmpty();
        return Events.decode(record.value(), ReplyPosted.class);
    }

    private ConversationState state(String conversationId) {
        try {
            return VertxContextSupport.subscribeAndAwait(() -> Panache.withSession(() -> states.findById(conversationId)));
        } catch (Throwable e) {
            throw new AssertionError(e);
        }
    }

    private MessageClassified classified(String conversationId, String intent, double confidence, String language,
            String sentiment, String text, String... flags) {
        Classification classification = new Classification(intent, confidence, List.of(), language,
                new Classification.Sentiment(sentiment, 0.7), List.of(flags), thresholds.modelVersion());
        return new MessageClassified(conversationId, UUID.randomUUID().toString(), Instant.now(),
                Instant.now().minusMillis(50), text, classification);
    }
}
