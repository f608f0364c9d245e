package dev.tandem.agent.api;

import static io.restassured.RestAssured.given;

import org.junit.jupiter.api.Test;

import dev.tandem.testing.ServiceStack;
import dev.tandem.testing.Tokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** Real tokens from a real Keycloak with the committed realm. */
@QuarkusTest
@QuarkusTestResource(ServiceStack.class)
class AgentApiSecurityTest {

    @Test
    void withoutATokenTheQueueAndRepliesAre401() {
        given().get("/api/v1/queue").then().statusCode(401);
        given().contentType(ContentType.JSON).body("{\"text\": \"hello\"}")
                .post("/api/v1/conversations/{id}/replies", "any").then().statusCode(401);
        given().post("/api/v1/conversations/{id}/hand-back", "any").then().statusCode(401);
        given().post("/api/v1/conversations/{id}/replies/approved-draft", "any").then().statusCode(401);
    }

    @Test
    void aForgedTokenIs401() {
        given().auth().oauth2(Tokens.of("agent") + "x").get("/api/v1/queue").then().statusCode(401);
    }

    @Test
    void aUserWithoutTheAgentRoleIs403() {
        String admin = Tokens.of("admin");
        given().auth().oauth2(admin).get("/api/v1/queue").then().statusCode(403);
        given().auth().oauth2(admin).contentType(ContentType.JSON).body("{\"text\": \"hello\"}")
                .post("/api/v1/conversations/{id}/replies", "any").then().statusCode(403);
        given().auth().oauth2(admin).post("/api/v1/conversations/{id}/hand-back", "any").then().statusCode(403);
        given().auth().oauth2(admin).post("/api/v1/conversations/{id}/replies/approved-draft", "any").then().statusCode(403);
    }

    @Test
    void agentsAndSupervisorsSeeTheQueue() {
        given().auth().oauth2(Tokens.of("agent")).get("/api/v1/queue").then().statusCode(200);
        given().auth().oauth2(Tokens.of("supervisor")).get("/api/v1/queue").then().statusCode(200);
    }
}
