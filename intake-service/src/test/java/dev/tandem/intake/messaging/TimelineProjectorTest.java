package dev.tandem.intake.messaging;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import dev.tandem.contracts.Classification;
import dev.tandem.contracts.Events;
import dev.tandem.contracts.ReplyPosted;
import dev.tandem.contracts.Route;
import dev.tandem.contracts.RoutingDecision;
import dev.tandem.contracts.Topics;
import dev.tandem.testing.KafkaProbe;
import dev.tandem.testing.KafkaResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

@QuarkusTest
@QuarkusTestResource(KafkaResource.class)
class TimelineProjectorTest {

    private static final KafkaProbe kafka = KafkaProbe.onTestBroker();

    record Opened(String conversationId, String accessToken) {
    }

    @Test
    void theTimelineShowsTheDecisionAndTheRepliesFromTheLog() {
        Opened conversation = given().post("/api/v1/conversations").then().statusCode(201).extract().as(Opened.class);
        String messageId = given().auth().oauth2(conversation.accessToken()).contentType(ContentType.JSON)
                .body("{\"text\": \"I want to talk to a human\"}")
                .post("/api/v1/conversations/{id}/messages", conversation.conversationId())
                .then().statusCode(202).extract().path("messageId");

        publishDecisionAndReply(conversation.conversationId(), messageId, "Hello, this is Alex. How can I help?");

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> given().auth().oauth2(conversation.accessToken())
                .get("/api/v1/conversations/{id}", conversation.conversationId())
                .then().statusCode(200)
                .body("entries", hasSize(2))
                .body("entries[0].classification.intent", equalTo("contact_human_agent"))
                .body("entries[0].classification.confidence", equalTo(0.97f))
                .body("entries[0].route", equalTo("HUMAN"))
                .body("entries[1].from", equalTo("AGENT"))
                .body("entries[1].inReplyTo", equalTo(messageId))
                .body("entries[1].text", equalTo("Hello, this is Alex. How can I help?")));
    }

    @ParameterizedTest
    @ValueSource(strings = { Topics.MESSAGES_RECEIVED, Topics.ROUTING_DECISIONS, Topics.REPLIES })
    void aMalformedRecordIsDeadLetteredAndTheNextOneStillFlows(String topic) {
        String conversationId = UUID.randomUUID().toString();
        String poison = "{\"not\": \"an event\", \"marker\": \"" + UUID.randomUUID() + "\"}";
        kafka.send(topic, conversationId, poison);

        ConsumerRecord<String, String> dead = kafka.awaitRecord(Topics.deadLetter("intake-service"),
                r -> poison.equals(r.value()));
        assertThat(KafkaProbe.header(dead, "dead-letter-topic")).isEqualTo(topic);
        assertThat(KafkaProbe.header(dead, "dead-letter-reason")).contains("Not a valid");

        Opened conversation = given().post("/api/v1/conversations").then().statusCode(201).extract().as(Opened.class);
        publishDecisionAndReply(conversation.conversationId(), UUID.randomUUID().toString(), "Still flowing");
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> given().auth().oauth2(conversation.accessToken())
                .get("/api/v1/conversations/{id}", conversation.conversationId())
                .then().statusCode(200).body("entries.text", equalTo(List.of("Still flowing"))));
    }

    private static void publishDecisionAndReply(String conversationId, String messageId, String reply) {
        Classification classification = new Classification("contact_human_agent", 0.97, List.of(), "en",
                new Classification.Sentiment("neutral", 0.5), List.of("human_requested"), "test");
        kafka.send(Topics.ROUTING_DECISIONS, conversationId, Events.encode(new RoutingDecision(conversationId,
                messageId, Instant.now(), Route.HUMAN, List.of(new RoutingDecision.Reason("human_requested",
                        "The customer asked for a person")), classification, "test", "I want to talk to a human", "safety_flag",
                RoutingDecision.Priority.HIGH, null, null, false, null)));
        kafka.send(Topics.REPLIES, conversationId, Events.encode(new ReplyPosted(conversationId,
                UUID.randomUUID().toString(), Instant.now().plusMillis(1), messageId, ReplyPosted.Author.AGENT, "agent",
                reply)));
    }
}
