package dev.tandem.testing;

import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/** A real Keycloak with Tandem's realm for a {@code @QuarkusTest}; get tokens from {@link Tokens}. */
public class KeycloakResource implements QuarkusTestResourceLifecycleManager {

    @Override
    public Map<String, String> start() {
        return Map.of("quarkus.oidc.auth-server-url", TestStack.keycloak().realmUrl());
    }

    @Override
    public void stop() {
        // Shared by the test JVM; stopped when it exits.
    }
}
