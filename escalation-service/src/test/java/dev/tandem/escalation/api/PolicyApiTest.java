package dev.tandem.escalation.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import dev.tandem.contracts.EventSchemas;
import dev.tandem.contracts.Events;
import dev.tandem.contracts.PolicyChanged;
import dev.tandem.contracts.Topics;
import dev.tandem.testing.KafkaProbe;
import dev.tandem.testing.ServiceStack;
import dev.tandem.testing.Tokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** Anyone on the team reads the policy; only an administrator changes it, and the change is on the log. */
@QuarkusTest
@QuarkusTestResource(ServiceStack.class)
class PolicyApiTest {

    private static final KafkaProbe kafka = KafkaProbe.onTestBroker();

    @Test
    void theTeamSeesThePolicyInForceWithEachIntentsMinimumAndWhereItComesFrom() {
        given().when().get("/api/v1/policy").then().statusCode(401);

        given().auth().oauth2(Tokens.of("agent"))
                .when().get("/api/v1/policy")
                .then().statusCode(200)
                .body("version", notNullValue())
                .body("targetPrecision", equalTo(0.98f))
                .body("intents.track_order.mode", equalTo("AUTOMATE"))
                .body("intents.track_order.minConfidenceSource", equalTo("policy"))
                .body("intents.complaint.mode", equalTo("HUMAN"))
                .body("intents.complaint.minConfidence", equalTo(null))
                .body("safetyRules", hasItem("human_requested"));
    }

    @Test
    void onlyAnAdministratorChangesThePolicy() throws IOException {
        given().auth().oauth2(Tokens.of("agent")).contentType("application/yaml").body(bytes(policy("agent-1")))
                .when().put("/api/v1/policy")
                .then().statusCode(403);
        given().auth().oauth2(Tokens.of("supervisor")).contentType("application/yaml").body(bytes(policy("supervisor-1")))
                .when().put("/api/v1/policy")
                .then().statusCode(403);
    }

    @Test
    void aPolicySwitchingOffASafetyRuleIsRejectedNamingTheField() throws IOException {
        String unsafe = policy("unsafe-" + UUID.randomUUID()).replace("human_requested: true", "human_requested: false");

        given().auth().oauth2(Tokens.of("admin")).contentType("application/yaml").body(bytes(unsafe))
                .when().put("/api/v1/policy")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("safety.human_requested"))
                .body("errors[0].message", equalTo("cannot be switched off: it protects the customer's way to a person"));
    }

    @Test
    void aChangeIsPutInForceAtOnceAndPublishedWithWhoAndWhatChanged() throws IOException {
        String version = "changed-" + UUID.randomUUID().toString().substring(0, 8);
        String changed = policy(version).replace("change_order:             { mode: SUGGEST, risk: MEDIUM }",
                "change_order:             { mode: HUMAN, risk: MEDIUM }");

        given().auth().oauth2(Tokens.of("admin")).contentType("application/yaml").body(bytes(changed))
                .when().put("/api/v1/policy")
                .then().statusCode(200)
                .body("version", equalTo(version))
                .body("intents.change_order.mode", equalTo("HUMAN"));
        given().auth().oauth2(Tokens.of("agent")).when().get("/api/v1/policy")
                .then().statusCode(200).body("version", equalTo(version));

        ConsumerRecord<String, String> record = kafka.awaitRecord(Topics.POLICY_CHANGES,
                r -> r.value().contains("\"policyVersion\":\"" + version + "\""));
        assertThat(record.key()).isEqualTo("policy");
        assertThat(KafkaProbe.header(record, "ce_id")).isEqualTo("policy-changed:" + version);
        assertThat(EventSchemas.violations("policy-changed.v1", record.value())).isEmpty();
        PolicyChanged event = Events.decode(record.value(), PolicyChanged.class);
        assertThat(event.changedBy()).isEqualTo("admin");
        assertThat(event.changes()).contains("intents.change_order.mode: SUGGEST -> HUMAN");
        assertThat(event.document()).isEqualTo(changed);

        // The same version twice would make decisions ambiguous.
        given().auth().oauth2(Tokens.of("admin")).contentType("application/yaml").body(bytes(changed))
                .when().put("/api/v1/policy")
                .then().statusCode(409)
                .body("errors[0].field", equalTo("version"));
    }

    /** RestAssured sends bytes as they are, whatever the content type. */
    private static byte[] bytes(String yaml) {
        return yaml.getBytes(StandardCharsets.UTF_8);
    }

    /** The tests' policy under a new version, so the other tests keep deciding as they expect. */
    private static String policy(String version) throws IOException {
        try (InputStream in = PolicyApiTest.class.getClassLoader().getResourceAsStream("test-policy.yaml")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("version: test-1",
                    "version: " + version);
        }
    }
}
