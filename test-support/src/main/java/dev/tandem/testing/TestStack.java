package dev.tandem.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import dev.tandem.contracts.Topics;
import dev.tandem.deploy.local.KafkaBroker;
import dev.tandem.deploy.local.KeycloakServer;
import dev.tandem.deploy.local.Layout;
import dev.tandem.deploy.local.LocalStack;
import dev.tandem.deploy.local.PostgresServer;
import dev.tandem.deploy.local.Ports;

/**
 * The real servers a test JVM needs, each started at most once per JVM on free ports, in a
 * folder under {@code target/}, and stopped when the JVM exits. Several test classes, and the
 * restarts of the application between them, share them.
 */
public final class TestStack {

    private static KafkaBroker kafka;
    private static PostgresServer postgres;
    private static KeycloakServer keycloak;

    public static synchronized KafkaBroker kafka() {
        if (kafka == null) {
            KafkaBroker broker = new KafkaBroker(home("kafka"), Layout.detect().kafkaLibs(), Ports.freePort(),
                    Ports.freePort());
            stopAtExit(broker::stop);
            broker.start();
            broker.createTopics(Topics.ALL, LocalStack.PARTITIONS);
            kafka = broker;
        }
        return kafka;
    }

    public static synchronized PostgresServer postgres() {
        if (postgres == null) {
            PostgresServer server = new PostgresServer(home("postgres"), Ports.freePort());
            stopAtExit(server::stop);
            server.start();
            postgres = server;
        }
        return postgres;
    }

    public static synchronized KeycloakServer keycloak() {
        if (keycloak == null) {
            Layout layout = Layout.detect();
            KeycloakServer server = new KeycloakServer(keycloakHome(), layout.keycloakDistribution(), layout.realm(),
                    Ports.freePort(), Ports.freePort());
            stopAtExit(server::stop);
            server.start();
            keycloak = server;
        }
        return keycloak;
    }

    /** Where tests unpack Keycloak: shared by every module's tests in a build, as its first start there is slow. */
    public static Path keycloakHome() {
        return Layout.detect().root().resolve("deploy/target/test-keycloak");
    }

    /** A fresh folder for one server, under the module's {@code target/test-stack}. */
    private static Path home(String name) {
        try {
            Path parent = Files.createDirectories(Path.of("target/test-stack").toAbsolutePath());
            return Files.createTempDirectory(parent, name + "-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void stopAtExit(Runnable stop) {
        Runtime.getRuntime().addShutdownHook(new Thread(stop));
    }

    private TestStack() {
    }
}
