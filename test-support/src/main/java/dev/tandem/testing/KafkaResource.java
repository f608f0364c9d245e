package dev.tandem.testing;

import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/** A real Kafka broker for a {@code @QuarkusTest}: {@code @QuarkusTestResource(KafkaResource.class)}. */
public class KafkaResource implements QuarkusTestResourceLifecycleManager {

    @Override
    public Map<String, String> start() {
        return Map.of("kafka.bootstrap.servers", TestStack.kafka().bootstrapServers());
    }

    @Override
    public void stop() {
        // Shared by the test JVM; stopped when it exits.
    }
}
