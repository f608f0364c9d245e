package dev.tandem.testing;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import com.fasterxml.jackson.databind.ObjectMapper;

/** Access tokens from the test Keycloak, as a script or a test would get them: the password grant. */
public final class Tokens {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final ObjectMapper JSON = new ObjectMapper();

    /** A token from the test JVM's Keycloak for one of the realm's demo users (password = user name). */
    public static String of(String user) {
        return from(TestStack.keycloak().realmUrl(), user, user);
    }

    /** A token from the realm at {@code realmUrl}, e.g. {@code http://localhost:8180/realms/tandem}. */
    public static String from(String realmUrl, String user, String password) {
        String form = "grant_type=password&client_id=tandem-agent-ui&username=" + encode(user) + "&password="
                + encode(password);
        HttpRequest request = HttpRequest.newBuilder(URI.create(realmUrl + "/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build();
        try {
            HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("No token for " + user + ": " + response.body());
            }
            return JSON.readTree(response.body()).get("access_token").asText();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private Tokens() {
    }
}
