package dev.tandem.testing;

import java.util.HashMap;
import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * Everything a service with a database and logins talks to, real: Kafka, PostgreSQL and Keycloak.
 * The database is named by the {@code database} init argument, as for {@link PostgresResource}.
 */
public class ServiceStack implements QuarkusTestResourceLifecycleManager {

    private final KafkaResource kafka = new KafkaResource();
    private final PostgresResource postgres = new PostgresResource();
    private final KeycloakResource keycloak = new KeycloakResource();

    @Override
    public void init(Map<String, String> initArgs) {
        postgres.init(initArgs);
    }

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
