package dev.tandem.e2e;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import dev.tandem.contracts.Topics;
import dev.tandem.deploy.local.Layout;
import dev.tandem.deploy.local.LocalStack;
import dev.tandem.deploy.local.Ports;
import dev.tandem.testing.KafkaProbe;
import dev.tandem.testing.TestStack;
import dev.tandem.testing.Tokens;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

/**
 * The whole platform as {@code ./tandem up} runs it (the packaged services as processes, on real
 * Kafka, PostgreSQL and Keycloak, on free ports), used as a customer and an agent would.
 */
class ConversationEndToEndIT {

    private static final Duration FLOW = Duration.ofSeconds(30);

    private static LocalStack stack;
    private static KafkaProbe kafka;
    private static String intake;
    private static String agentDesk;
    private static String agentToken;

    @BeforeAll
    static void up() throws IOException {
        Path home = Files.createTempDirectory(Files.createDirectories(Path.of("target/e2e-stack").toAbsolutePath()),
                "stack-");
        stack = new LocalStack(Layout.detect(), home, TestStack.keycloakHome(), Ports.free());
        stack.up();
        kafka = new KafkaProbe(stack.kafka().bootstrapServers());
        intake = stack.service("intake-service").url();
        agentDesk = stack.service("agent-service").url();
        agentToken = Tokens.from(stack.keycloak().realmUrl(), "agent", "agent");
    }

    @AfterAll
    static void down() {
        if (kafka != null) {
            kafka.close();
        }
        if (stack != null) {
            stack.down();
        }
    }

    record Conversation(String conversationId, String accessToken) {
    }

    private static Conversation open() {
        return given().baseUri(intake).post("/api/v1/conversations")
                .then().statusCode(201).extract().as(Conversation.class);
    }

    private static String say(Conversation conversation, String text) {
        return given().baseUri(intake).auth().oauth2(conversation.accessToken())
                .contentType(ContentType.JSON).body(Map.of("text", text))
                .post("/api/v1/conversations/{id}/messages", conversation.conversationId())
                .then().statusCode(202).extract().path("messageId");
    }

    private static JsonPath timeline(Conversation conversation) {
        return given().baseUri(intake).auth().oauth2(conversation.accessToken())
                .get("/api/v1/conversations/{id}", conversation.conversationId())
                .then().statusCode(200).extract().jsonPath();
    }

    private static Optional<Map<String, Object>> inQueue(String conversationId) {
        List<Map<String, Object>> queue = given().baseUri(agentDesk).auth().oauth2(agentToken).get("/api/v1/queue")
                .then().statusCode(200).extract().jsonPath().getList("$");
        return queue.stream().filter(entry -> conversationId.equals(entry.get("conversationId"))).findFirst();
    }

    private static Map<String, Object> awaitInQueue(String conversationId) {
        return await().atMost(FLOW).until(() -> inQueue(conversationId), Optional::isPresent).orElseThrow();
    }

    /** The texts of a transcript as the queue shows it. */
    private static List<Object> texts(Object transcript) {
        return ((List<?>) transcript).stream().map(turn -> (Object) ((Map<?, ?>) turn).get("text")).toList();
    }

    @Test
    void aCustomerWhoAsksForAHumanReachesAnAgentAndReadsTheReply() {
        Conversation conversation = open();
        String messageId = say(conversation, "I want to talk to a human");

        Map<String, Object> entry = awaitInQueue(conversation.conversationId());
        assertThat(entry.get("route")).isEqualTo("HUMAN");
        assertThat(entry.get("lastMessage")).isEqualTo("I want to talk to a human");
        assertThat((List<?>) entry.get("reasons")).extracting("code").contains("human_requested");

        await().atMost(FLOW).untilAsserted(() -> given().baseUri(intake).auth().oauth2(conversation.accessToken())
                .get("/api/v1/conversations/{id}", conversation.conversationId())
                .then().body("entries[0].messageId", equalTo(messageId))
                .body("entries[0].route", equalTo("HUMAN")));

        given().baseUri(agentDesk).auth().oauth2(agentToken).contentType(ContentType.JSON)
                .body(Map.of("text", "Hi, I'm Alex from customer care. How can I help?"))
                .post("/api/v1/conversations/{id}/replies", conversation.conversationId())
                .then().statusCode(202);

        await().atMost(FLOW).untilAsserted(() -> assertThat(timeline(conversation).getList("entries.text"))
                .hasSize(3).startsWith("I want to talk to a human")
                .endsWith("Hi, I'm Alex from customer care. How can I help?"));
        // No silent hand-off: the assistant said at once that a person was coming, and why.
        assertThat(timeline(conversation).getString("entries[1].text"))
                .startsWith("A person from our team is taking over, because you asked to talk to a person.");
        assertThat(timeline(conversation).getList("entries.from")).containsExactly("CUSTOMER", "ASSISTANT", "AGENT");
        await().atMost(FLOW).until(() -> inQueue(conversation.conversationId()).isEmpty());
    }

    @Test
    void whereIsMyOrderIsAnsweredWithTheOrdersRealStatusFromTheContextStore() {
        Conversation conversation = open();
        say(conversation, "Where is my order 1234?");

        await().atMost(FLOW).untilAsserted(() -> assertThat(timeline(conversation).getList("entries.text"))
                .hasSize(2));
        assertThat(timeline(conversation).getString("entries[1].from")).isEqualTo("ASSISTANT");
        assertThat(timeline(conversation).getString("entries[1].text"))
                .startsWith("Your order 1234 shipped on 18 November 2026 with Colissimo (tracking number 6A12345678901)")
                .endsWith("Reply 'agent' at any time to talk to a person.");
        assertThat(timeline(conversation).getString("entries[0].route")).isEqualTo("AUTOMATE");
    }

    @Test
    void aFrenchCustomerAskingForAnAdvisorReachesTheQueueWithTheConversationAndIsToldSo() {
        Conversation conversation = open();
        say(conversation, "Où est ma commande 1234 ?");
        await().atMost(FLOW).untilAsserted(() -> assertThat(timeline(conversation).getList("entries")).hasSize(2));
        say(conversation, "je veux parler à un conseiller");

        Map<String, Object> entry = awaitInQueue(conversation.conversationId());
        assertThat(entry.get("language")).isEqualTo("fr");
        assertThat(entry.get("priority")).isEqualTo("HIGH");
        assertThat((List<?>) entry.get("reasons")).extracting("code").contains("human_requested");
        assertThat(texts(entry.get("transcript"))).hasSize(3).startsWith("Où est ma commande 1234 ?")
                .endsWith("je veux parler à un conseiller");
        assertThat(entry.get("customer").toString()).contains("order 1234");
        await().atMost(FLOW).untilAsserted(() -> assertThat(timeline(conversation).getString("entries[3].text"))
                .startsWith("Une personne de notre équipe prend le relais, car vous avez demandé à parler à une personne."));
    }

    @Test
    void anOrderTheContextStoreDoesNotKnowGoesToAPersonNotToAMadeUpAnswer() {
        Conversation conversation = open();
        say(conversation, "Where is my order 9999?");

        Map<String, Object> entry = awaitInQueue(conversation.conversationId());
        assertThat(entry.get("route")).isEqualTo("HUMAN");
        assertThat(entry.get("rule")).isEqualTo("context_unavailable");
        assertThat(entry.get("customer")).isEqualTo(Map.of("order 9999", "no such order"));
    }

    @Test
    void aConversationWithAPersonStaysWithThePersonAcrossARestartOfEscalationService() {
        Conversation conversation = open();
        say(conversation, "I want to talk to a human");
        awaitInQueue(conversation.conversationId());

        stack.service("escalation-service").stop();
        stack.service("escalation-service").start();
        say(conversation, "Where is my order 1234?");

        await().atMost(FLOW).untilAsserted(() -> assertThat(timeline(conversation).getList("entries.route"))
                .containsExactly("HUMAN", null, "HUMAN"));
        await().atMost(FLOW).until(() -> inQueue(conversation.conversationId())
                .map(entry -> "stays_with_agent".equals(entry.get("rule"))).orElse(false));
    }

    @Test
    void aMalformedRecordOnEveryInputTopicIsDeadLetteredAndTheNextMessageStillFlows() {
        String poison = "{\"malformed\": \"" + UUID.randomUUID() + "\"}";
        Map<String, List<String>> consumersByTopic = Map.of(
                Topics.MESSAGES_RECEIVED, List.of("classifier-service", "intake-service"),
                Topics.MESSAGES_CLASSIFIED, List.of("escalation-service"),
                Topics.ROUTING_DECISIONS, List.of("agent-service", "intake-service"),
                Topics.REPLIES, List.of("agent-service", "intake-service"));
        consumersByTopic.keySet().forEach(topic -> kafka.send(topic, "poison", poison));

        consumersByTopic.forEach((topic, consumers) -> consumers.forEach(consumer -> kafka.awaitRecord(
                Topics.deadLetter(consumer),
                r -> poison.equals(r.value()) && topic.equals(KafkaProbe.header(r, "dead-letter-topic")), FLOW)));

        Conversation conversation = open();
        say(conversation, "je veux parler à un conseiller");
        Map<String, Object> entry = awaitInQueue(conversation.conversationId());
        assertThat(entry.get("language")).isEqualTo("fr");
        assertThat((List<?>) entry.get("reasons")).extracting("code").contains("human_requested");
    }

    @Test
    void everyServiceIsReadyWithItsKafkaChannelsConnected() {
        stack.services().forEach(service -> given().baseUri(service.url()).get("/q/health/ready")
                .then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItem("SmallRye Reactive Messaging - readiness check")));
    }
}
