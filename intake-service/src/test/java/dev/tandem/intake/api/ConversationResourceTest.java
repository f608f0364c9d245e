package dev.tandem.intake.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.notNullValue;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import dev.tandem.contracts.Events;
import dev.tandem.contracts.MessageReceived;
import dev.tandem.contracts.Topics;
import dev.tandem.contracts.EventSchemas;
import dev.tandem.testing.KafkaProbe;
import dev.tandem.testing.KafkaResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

@QuarkusTest
@QuarkusTestResource(KafkaResource.class)
class ConversationResourceTest {

    private static final String UUID_PATTERN = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";

    private static final KafkaProbe kafka = KafkaProbe.onTestBroker();

    record Opened(String conversationId, String accessToken) {
    }

    static Opened open() {
        return given().post("/api/v1/conversations")
                .then().statusCode(201)
                .header("Location", matchesPattern(".*/api/v1/conversations/" + UUID_PATTERN))
                .body("conversationId", matchesPattern(UUID_PATTERN))
                .body("accessToken", notNullValue())
                .extract().as(Opened.class);
    }

    static ValidatableResponse send(Opened conversation, String body) {
        return given().auth().oauth2(conversation.accessToken())
                .contentType(ContentType.JSON).body(body)
                .post("/api/v1/conversations/{id}/messages", conversation.conversationId())
                .then();
    }

    @Test
    void anAcceptedMessageIsOnTheLogRedactedKeyedByConversationAndInTheTimeline() {
        Opened conversation = open();

        String messageId = send(conversation, """
                {"text": "Where is my order 1234? Write to jane.doe@example.com, card 4111 1111 1111 1111"}""")
                .statusCode(202)
                .body("messageId", matchesPattern(UUID_PATTERN))
                .extract().path("messageId");

        ConsumerRecord<String, String> record = kafka.awaitRecord(Topics.MESSAGES_RECEIVED,
                r -> r.value() != null && r.value().contains(messageId));
        assertThat(record.key()).isEqualTo(conversation.conversationId());
        assertThat(KafkaProbe.header(record, "ce_type")).isEqualTo(MessageReceived.TYPE);
        assertThat(KafkaProbe.header(record, "ce_id")).isEqualTo("received:" + messageId);
        assertThat(KafkaProbe.header(record, "ce_source")).isEqualTo("/intake-service");
        assertThat(EventSchemas.violations("message-received.v1", record.value())).isEmpty();
        MessageReceived event = Events.decode(record.value(), MessageReceived.class);
        assertThat(event.text()).isEqualTo("Where is my order 1234? Write to [email], card [card]");
        assertThat(event.redactions()).containsExactly("email", "card");

        given().auth().oauth2(conversation.accessToken())
                .get("/api/v1/conversations/{id}", conversation.conversationId())
                .then().statusCode(200)
                .body("conversationId", equalTo(conversation.conversationId()))
                .body("entries[0].messageId", equalTo(messageId))
                .body("entries[0].from", equalTo("CUSTOMER"))
                .body("entries[0].text", equalTo("Where is my order 1234? Write to [email], card [card]"));
    }

    @Test
    void aRetriedRequestWithTheSameIdempotencyKeyPublishesOnce() {
        Opened conversation = open();
        String first = given().auth().oauth2(conversation.accessToken()).header("Idempotency-Key", "retry-1")
                .contentType(ContentType.JSON).body("{\"text\": \"I want to cancel my order\"}")
                .post("/api/v1/conversations/{id}/messages", conversation.conversationId())
                .then().statusCode(202).extract().path("messageId");
        String second = given().auth().oauth2(conversation.accessToken()).header("Idempotency-Key", "retry-1")
                .contentType(ContentType.JSON).body("{\"text\": \"I want to cancel my order\"}")
                .post("/api/v1/conversations/{id}/messages", conversation.conversationId())
                .then().statusCode(202).extract().path("messageId");

        assertThat(second).isEqualTo(first);
        kafka.awaitRecord(Topics.MESSAGES_RECEIVED, r -> r.value().contains(first));
        assertThat(kafka.records(Topics.MESSAGES_RECEIVED).stream().filter(r -> r.value().contains(first)))
                .hasSize(1);
    }

    @Test
    void anEmptyMessageIsRefusedNamingTheField() {
        send(open(), "{\"text\": \"   \"}")
                .statusCode(400)
                .contentType("application/problem+json")
                .body("status", equalTo(400))
                .body("errors.field", hasItem("text"));
    }

    @Test
    void aMissingTextIsRefusedNamingTheField() {
        send(open(), "{}").statusCode(400).contentType("application/problem+json").body("errors.field", hasItem("text"));
    }

    @Test
    void aMessageOverTheLimitIsRefusedNamingTheLimit() {
        send(open(), "{\"text\": \"" + "a".repeat(4001) + "\"}")
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("text"))
                .body("errors[0].message", containsString("4000"));
    }

    @Test
    void invalidJsonIsRefusedNamingTheBody() {
        send(open(), "{\"text\": ").statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("body"));
    }

    @Test
    void aTextOfTheWrongTypeIsRefusedNamingTheField() {
        send(open(), "{\"text\": {\"nested\": true}}").statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("text"));
    }

    @Test
    void aWrongContentTypeIsRefusedNamingTheHeader() {
        Opened conversation = open();
        given().auth().oauth2(conversation.accessToken())
                .contentType(ContentType.TEXT).body("hello")
                .post("/api/v1/conversations/{id}/messages", conversation.conversationId())
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("Content-Type"));
    }

    @Test
    void withoutATokenTheCustomerIsToldToAuthenticate() {
        Opened conversation = open();
        given().contentType(ContentType.JSON).body("{\"text\": \"hello\"}")
                .post("/api/v1/conversations/{id}/messages", conversation.conversationId())
                .then().statusCode(401).contentType("application/problem+json")
                .header("WWW-Authenticate", "Bearer");
        given().get("/api/v1/conversations/{id}", conversation.conversationId()).then().statusCode(401);
    }

    @Test
    void aWrongTokenAndAnUnknownConversationLookTheSame() {
        Opened mine = open();
        Opened theirs = open();
        String wrongToken = given().auth().oauth2(theirs.accessToken())
                .get("/api/v1/conversations/{id}", mine.conversationId())
                .then().statusCode(404).contentType("application/problem+json").extract().asString();
        String unknown = given().auth().oauth2(theirs.accessToken())
                .get("/api/v1/conversations/{id}", java.util.UUID.randomUUID())
                .then().statusCode(404).extract().asString();
        assertThat(wrongToken).isEqualTo(unknown);
        send(new Opened(mine.conversationId(), theirs.accessToken()), "{\"text\": \"hello\"}").statusCode(404);
    }
}
