package dev.tandem.agent.messaging;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import dev.tandem.agent.api.QueueEntry;
import dev.tandem.contracts.EventSchemas;
import dev.tandem.contracts.Events;
import dev.tandem.contracts.HandedBack;
import dev.tandem.contracts.ReplyPosted;
import dev.tandem.contracts.RoutingDecision;
import dev.tandem.contracts.Topics;
import dev.tandem.testing.KafkaProbe;
import dev.tandem.testing.ServiceStack;
import dev.tandem.testing.Tokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

@QuarkusTest
@QuarkusTestResource(ServiceStack.class)
class HandoffFlowTest {

    private static final KafkaProbe kafka = KafkaProbe.onTestBroker();
    private static String agentToken;

    @BeforeAll
    static void login() {
        agentToken = Tokens.of("agent");
    }

    private static List<QueueEntry> queue() {
        return List.of(given().auth().oauth2(agentToken).get("/api/v1/queue")
                .then().statusCode(200).extract().as(QueueEntry[].class));
    }

    private static QueueEntry awaitInQueue(String conversationId) {
        return await().atMost(Duration.ofSeconds(20)).until(
                () -> queue().stream().filter(e -> e.conversationId().equals(conversationId)).findFirst(),
                Optional::isPresent).orElseThrow();
    }

    private static void publish(RoutingDecision decision) {
        kafka.send(Topics.ROUTING_DECISIONS, decision.conversationId(), Events.encode(decision));
    }

    @Test
    void aHandOffReachesTheQueueWithItsContextOnce() {
        String conversationId = UUID.randomUUID().toString();
        RoutingDecision decision = Decisions.humanRequested(conversationId, Instant.now());
        publish(decision);
        publish(decision); // redelivered: still one entry

        QueueEntry entry = awaitInQueue(conversationId);
        assertThat(entry.route()).isEqualTo("HUMAN");
        assertThat(entry.intent()).isEqualTo("contact_human_agent");
        assertThat(entry.confidence()).isEqualTo(0.96);
        assertThat(entry.language()).isEqualTo("en");
        assertThat(entry.lastMessage()).isEqualTo("I want to talk to a human");
        assertThat(entry.reasons()).extracting("code").containsExactly("human_requested");
        assertThat(entry.waitingSince()).isEqualTo(decision.occurredAt().truncatedTo(ChronoUnit.MICROS));
        assertThat(entry.priority()).isEqualTo("HIGH");
        assertThat(entry.rule()).isEqualTo("safety_flag");
        // Everything so the customer never repeats themselves: what was said, and what is known of them.
        assertThat(entry.transcript()).extracting(RoutingDecision.Turn::text).containsExactly("where is my order 1234");
        assertThat(entry.customer()).containsEntry("order 1234", "shipped · expected 2026-11-23");
        assertThat(queue().stream().filter(e -> e.conversationId().equals(conversationId))).hasSize(1);
    }

    @Test
    void aDraftReachesTheAgentToApproveAndARiskFlagGoesFirst() {
        String drafted = UUID.randomUUID().toString();
        String flagged = UUID.randomUUID().toString();
        Instant now = Instant.now();
        publish(Decisions.suggested(drafted, now.minusSeconds(120)));
        publish(Decisions.humanRequested(flagged, now));

        QueueEntry draft = awaitInQueue(drafted);
        awaitInQueue(flagged);
        assertThat(draft.route()).isEqualTo("SUGGEST");
        assertThat(draft.draft()).isEqualTo("I can cancel an order that has not shipped yet.");
        assertThat(draft.priority()).isEqualTo("NORMAL");
        List<String> order = queue().stream().map(QueueEntry::conversationId)
                .filter(id -> id.equals(drafted) || id.equals(flagged)).toList();
        assertThat(order).containsExactly(flagged, drafted);
    }

    @Test
    void anAgentApprovesTheAssistantsDraftAndItIsSentAsTheirReply() {
        String conversationId = UUID.randomUUID().toString();
        RoutingDecision decision = Decisions.suggested(conversationId, Instant.now());
        publish(decision);
        awaitInQueue(conversationId);

        String replyId = given().auth().oauth2(agentToken)
                .post("/api/v1/conversations/{id}/replies/approved-draft", conversationId)
                .then().statusCode(202).extract().path("messageId");

        ReplyPosted reply = Events.decode(kafka.awaitRecord(Topics.REPLIES,
                r -> r.value() != null && r.value().contains(replyId)).value(), ReplyPosted.class);
        assertThat(reply.author()).isEqualTo(ReplyPosted.Author.AGENT);
        assertThat(reply.text()).isEqualTo(decision.draft());
        assertThat(reply.inReplyTo()).isEqualTo(decision.messageId());

        String withoutDraft = UUID.randomUUID().toString();
        publish(Decisions.humanRequested(withoutDraft, Instant.now()));
        awaitInQueue(withoutDraft);
        given().auth().oauth2(agentToken).post("/api/v1/conversations/{id}/replies/approved-draft", withoutDraft)
                .then().statusCode(409).contentType("application/problem+json");
    }

    @Test
    void anAgentHandsAConversationBackToTheAssistantOnTheLog() {
        String conversationId = UUID.randomUUID().toString();
        publish(Decisions.humanRequested(conversationId, Instant.now()));
        awaitInQueue(conversationId);

        String handBackId = given().auth().oauth2(agentToken)
                .post("/api/v1/conversations/{id}/hand-back", conversationId)
                .then().statusCode(202).extract().path("handBackId");

        ConsumerRecord<String, String> record = kafka.awaitRecord(Topics.HANDBACKS,
                r -> r.value() != null && r.value().contains(handBackId));
        assertThat(record.key()).isEqualTo(conversationId);
        assertThat(EventSchemas.violations("handed-back.v1", record.value())).isEmpty();
        HandedBack handedBack = Events.decode(record.value(), HandedBack.class);
        assertThat(handedBack.agent()).isEqualTo("agent");
        assertThat(handedBack.conversationId()).isEqualTo(conversationId);

        given().auth().oauth2(agentToken).post("/api/v1/conversations/{id}/hand-back", UUID.randomUUID())
                .then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void whoeverWaitedLongestComesFirst() {
        String later = UUID.randomUUID().toString();
        String earlier = UUID.randomUUID().toString();
        Instant now = Instant.now();
        publish(Decisions.humanRequested(later, now));
        publish(Decisions.humanRequested(earlier, now.minusSeconds(60)));

        awaitInQueue(later);
        awaitInQueue(earlier);
        List<String> order = queue().stream().map(QueueEntry::conversationId)
                .filter(id -> id.equals(later) || id.equals(earlier)).toList();
        assertThat(order).containsExactly(earlier, later);
    }

    @Test
    void anAutomatedAnswerIsNotForAgents() {
        String automated = UUID.randomUUID().toString();
        String marker = UUID.randomUUID().toString();
        publish(Decisions.automated(automated, Instant.now()));
        publish(Decisions.humanRequested(marker, Instant.now()));

        awaitInQueue(marker); // same partition order is not guaranteed; the marker proves the consumer moved on
        await().during(Duration.ofMillis(500)).atMost(Duration.ofSeconds(5))
                .until(() -> queue().stream().noneMatch(e -> e.conversationId().equals(automated)));
    }

    @Test
    void anAgentsReplyGoesOnTheLogAndTakesTheConversationOutOfTheQueue() {
        String conversationId = UUID.randomUUID().toString();
        RoutingDecision decision = Decisions.humanRequested(conversationId, Instant.now());
        publish(decision);
        awaitInQueue(conversationId);

        String replyId = given().auth().oauth2(agentToken).contentType(ContentType.JSON)
                .body("{\"text\": \"Hello, I am Alex. I am looking at your order now.\"}")
                .post("/api/v1/conversations/{id}/replies", conversationId)
                .then().statusCode(202).extract().path("messageId");

        ConsumerRecord<String, String> record = kafka.awaitRecord(Topics.REPLIES,
                r -> r.value() != null && r.value().contains(replyId));
        assertThat(record.key()).isEqualTo(conversationId);
        assertThat(KafkaProbe.header(record, "ce_type")).isEqualTo(ReplyPosted.TYPE);
        assertThat(EventSchemas.violations("reply-posted.v1", record.value())).isEmpty();
        ReplyPosted reply = Events.decode(record.value(), ReplyPosted.class);
        assertThat(reply.author()).isEqualTo(ReplyPosted.Author.AGENT);
        assertThat(reply.agent()).isEqualTo("agent");
        assertThat(reply.inReplyTo()).isEqualTo(decision.messageId());

        await().atMost(Duration.ofSeconds(20))
                .until(() -> queue().stream().noneMatch(e -> e.conversationId().equals(conversationId)));
    }

    @Test
    void aReplyToAConversationNeverHandedOffIs404() {
        given().auth().oauth2(agentToken).contentType(ContentType.JSON).body("{\"text\": \"hello\"}")
                .post("/api/v1/conversations/{id}/replies", UUID.randomUUID())
                .then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void anEmptyReplyIsRefusedNamingTheField() {
        given().auth().oauth2(agentToken).contentType(ContentType.JSON).body("{\"text\": \"\"}")
                .post("/api/v1/conversations/{id}/replies", UUID.randomUUID())
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("text"));
    }

    @Test
    void aMalformedRecordIsDeadLetteredAndTheNextHandOffStillFlows() {
        String poison = "{\"route\": \"HUMAN\", \"marker\": \"" + UUID.randomUUID() + "\"}";
        kafka.send(Topics.ROUTING_DECISIONS, "broken", poison);
        kafka.send(Topics.REPLIES, "broken", poison);

        for (String topic : List.of(Topics.ROUTING_DECISIONS, Topics.REPLIES)) {
            ConsumerRecord<String, String> dead = kafka.awaitRecord(Topics.deadLetter("agent-service"),
                    r -> poison.equals(r.value()) && topic.equals(KafkaProbe.header(r, "dead-letter-topic")));
            assertThat(KafkaProbe.header(dead, "dead-letter-reason")).contains("Not a valid");
        }
        String next = UUID.randomUUID().toString();
        publish(Decisions.humanRequested(next, Instant.now()));
        awaitInQueue(next);
    }
}
