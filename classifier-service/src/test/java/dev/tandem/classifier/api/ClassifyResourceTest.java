package dev.tandem.classifier.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.lessThan;

import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import dev.tandem.model.MessageModel;
import dev.tandem.testing.KafkaResource;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

@QuarkusTest
@QuarkusTestResource(KafkaResource.class)
class ClassifyResourceTest {

    @Inject
    MessageModel model;

    static ValidatableResponse classify(String body) {
        return given().contentType(ContentType.JSON).body(body).post("/api/v1/classify").then();
    }

    @Test
    void anEnglishOrderQuestionIsTrackOrderWithEveryField() {
        Map<String, Object> classification = classify("{\"text\": \"where is my order 1234\"}")
                .statusCode(200)
                .contentType(ContentType.JSON)
                .body("intent", equalTo("track_order"))
                .body("confidence", greaterThan(0.75f))
                .body("alternatives", hasSize(3))
                .body("alternatives[0].confidence", lessThan(0.25f))
                .body("language", equalTo("en"))
                .body("sentiment.label", equalTo("neutral"))
                .body("flags", empty())
                .body("modelVersion", equalTo(model.version()))
                .body("evidence.term", hasItem("order 0"))
                .extract().as(Map.class);
        assertThat(classification).containsOnlyKeys("intent", "confidence", "alternatives", "language", "sentiment",
                "flags", "modelVersion", "evidence");
    }

    @Test
    void aFrenchRequestForAPersonIsFlaggedInFrench() {
        classify("{\"text\": \"je veux parler à un conseiller\"}")
                .statusCode(200)
                .body("intent", equalTo("contact_human_agent"))
                .body("flags", hasItem("human_requested"))
                .body("language", equalTo("fr"));
    }

    @Test
    void anotherScriptIsHonestlyOutOfScopeInAnUndeterminedLanguage() {
        classify("{\"text\": \"你好\"}")
                .statusCode(200)
                .body("intent", equalTo("out_of_scope"))
                .body("language", equalTo("und"))
                .body("flags", empty());
    }

    @Test
    void emojiAndSymbolsAreClassifiedNotAnError() {
        classify("{\"text\": \"🙂🙂 \\u0000 ¯\\\\_(ツ)_/¯ 🙂\"}")
                .statusCode(200)
                .body("intent", equalTo("out_of_scope"));
    }

    @Test
    void anEmptyTextIsRefusedNamingTheField() {
        classify("{\"text\": \"   \"}")
                .statusCode(400)
                .contentType("application/problem+json")
                .body("status", equalTo(400))
                .body("errors.field", hasItem("text"));
    }

    @Test
    void aMissingTextIsRefusedNamingTheField() {
        classify("{}").statusCode(400).contentType("application/problem+json").body("errors.field", hasItem("text"));
    }

    @Test
    void aTextOverTheLimitIsRefusedNamingTheLimit() {
        classify("{\"text\": \"" + "a".repeat(4001) + "\"}")
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("text"))
                .body("errors[0].message", containsString("4000"));
    }

    @Test
    void aTextAtTheLimitInCharactersNotBytesIsAccepted() {
        classify("{\"text\": \"" + "é".repeat(4000) + "\"}").statusCode(200);
    }

    @Test
    void aHundredKilobyteBodyIsRefusedBeforeItIsRead() {
        // quarkus.http.limits.max-body-size: the body is never buffered, let alone classified.
        classify("{\"text\": \"" + "a".repeat(100 * 1024) + "\"}").statusCode(413);
    }

    @Test
    void invalidJsonIsRefusedNamingTheBody() {
        classify("{\"text\": ").statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("body"));
    }

    @Test
    void aTextOfTheWrongTypeIsRefusedNamingTheField() {
        classify("{\"text\": [\"where\", \"is\"]}").statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("text"));
    }

    @Test
    void aWrongContentTypeIsRefusedNamingTheHeader() {
        given().contentType(ContentType.TEXT).body("where is my order")
                .post("/api/v1/classify")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("Content-Type"));
    }
}
