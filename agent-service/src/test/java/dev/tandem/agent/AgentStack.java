package dev.tandem.agent;

import java.util.HashMap;
import java.util.Map;

import dev.tandem.testing.KafkaResource;
import dev.tandem.testing.KeycloakResource;
import dev.tandem.testing.PostgresResource;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/** Everything agent-service talks to, real: Kafka, PostgreSQL (database agent) and Keycloak. */
public class AgentStack implements QuarkusTestResourceLifecycleManager {

    private final KafkaResource kafka = new KafkaResource();
    private final PostgresResource postgres = new PostgresResource();
    private final KeycloakResource keycloak = new KeycloakResource();

    @Override
    public Map<String, String> start() {
        Map<String, String> config = new HashMap<>(kafka.start());
        config.putAll(postgres.start());
        config.putAll(keycloak.start());
        return config;
    }

    @Override
    public void stop() {
        kafka.stop();
        postgres.stop();
        keycloak.stop();
    }
}
