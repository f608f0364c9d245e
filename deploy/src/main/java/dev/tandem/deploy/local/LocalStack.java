package dev.tandem.deploy.local;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.stream.Stream;

import dev.tandem.contracts.Topics;

/**
 * The whole platform on one machine without containers: Kafka, PostgreSQL and Keycloak, then the
 * four services. {@code ./tandem up|down|status} runs {@link #main}; the end-to-end tests start one
 * on free ports in a temporary folder.
 */
public final class LocalStack {

    /** The database of agent-service. */
    public static final String AGENT_DATABASE = "agent";
    /** The database of escalation-service. */
    public static final String ESCALATION_DATABASE = "escalation";
    /** Partitions per topic: conversations spread over them, each conversation stays on one. */
    public static final int PARTITIONS = 3;

    private final KafkaBroker kafka;
    private final PostgresServer postgres;
    private final KeycloakServer keycloak;
    private final List<QuarkusService> services;

    /**
     * @param home         where the servers keep their data, logs and pid files
     * @param keycloakHome where Keycloak is unpacked; its first start there builds it (about a minute)
     */
    public LocalStack(Layout layout, Path home, Path keycloakHome, Ports ports) {
        this.kafka = new KafkaBroker(home.resolve("kafka"), layout.kafkaLibs(), ports.kafka(), ports.kafkaController());
        this.postgres = new PostgresServer(home.resolve("postgres"), ports.postgres());
        this.keycloak = new KeycloakServer(keycloakHome, layout.keycloakDistribution(), layout.realm(),
                ports.keycloak(), ports.keycloakManagement());
        Map<String, String> messaging = Map.of("KAFKA_BOOTSTRAP_SERVERS", kafka.bootstrapServers());
        Path logs = home.resolve("services");
        this.services = List.of(
                new QuarkusService("intake-service", layout.serviceJar("intake-service"), ports.intake(), messaging, logs),
                new QuarkusService("classifier-service", layout.serviceJar("classifier-service"), ports.classifier(),
                        messaging, logs),
                new QuarkusService("escalation-service", layout.serviceJar("escalation-service"), ports.escalation(),
                        withDatabase(ESCALATION_DATABASE), logs),
                new QuarkusService("agent-service", layout.serviceJar("agent-service"), ports.agent(),
                        withDatabase(AGENT_DATABASE), logs));
    }

    /** What a service with its own database and Keycloak logins needs to know. */
    private Map<String, String> withDatabase(String database) {
        return Map.of(
                "KAFKA_BOOTSTRAP_SERVERS", kafka.bootstrapServers(),
                "QUARKUS_DATASOURCE_REACTIVE_URL", postgres.reactiveUrl(database),
                "QUARKUS_DATASOURCE_JDBC_URL", postgres.jdbcUrl(database),
                "QUARKUS_DATASOURCE_USERNAME", PostgresServer.USER,
                "QUARKUS_DATASOURCE_PASSWORD", PostgresServer.PASSWORD,
                "QUARKUS_OIDC_AUTH_SERVER_URL", keycloak.realmUrl());
    }

    public KafkaBroker kafka() {
        return kafka;
    }

    public PostgresServer postgres() {
        return postgres;
    }

    public KeycloakServer keycloak() {
        return keycloak;
    }

    public QuarkusService service(String name) {
        return services.stream().filter(s -> s.name().equals(name)).findFirst().orElseThrow();
    }

    public List<QuarkusService> services() {
        return services;
    }

    /**
     * Starts whatever is not running yet: Kafka and PostgreSQL, then the services while Keycloak
     * starts (agent-service and escalation-service need it, and wait for it).
     */
    public void up() {
        CompletableFuture<Void> keycloakStarted = CompletableFuture.runAsync(keycloak::start);
        inParallel(List.of(() -> {
            kafka.start();
            kafka.createTopics(topics(), PARTITIONS);
        }, () -> {
            postgres.start();
            postgres.createDatabase(AGENT_DATABASE);
            postgres.createDatabase(ESCALATION_DATABASE);
        }));
        inParallel(services.stream().<Runnable>map(s -> s::start).toList());
        join(keycloakStarted);
    }

    /** Every topic, and a dead-letter topic per service. */
    public List<String> topics() {
        return Stream.concat(Topics.ALL.stream(), services.stream().map(s -> Topics.deadLetter(s.name()))).toList();
    }

    /** Stops what this stack started, services first. */
    public void down() {
        inParallel(services.stream().<Runnable>map(s -> s::stop).toList());
        keycloak.stop();
        postgres.stop();
        kafka.stop();
    }

    private static void inParallel(List<Runnable> tasks) {
        join(CompletableFuture.allOf(tasks.stream().map(CompletableFuture::runAsync).toArray(CompletableFuture[]::new)));
    }

    private static void join(CompletableFuture<Void> work) {
        try {
            work.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
    }

    private String status() {
        StringBuilder out = new StringBuilder();
        line(out, "kafka", kafka.isRunning(), kafka.bootstrapServers());
        line(out, "postgres", postgres.isRunning(), postgres.reactiveUrl(AGENT_DATABASE));
        line(out, "keycloak", keycloak.isRunning(), keycloak.realmUrl());
        services.forEach(s -> line(out, s.name(), s.isRunning(), s.url()));
        return out.toString();
    }

    private static void line(StringBuilder out, String name, boolean running, String where) {
        out.append(String.format("  %-19s %-8s %s%n", name, running ? "running" : "stopped", where));
    }

    public static void main(String[] args) {
        Layout layout = Layout.detect();
        Path home = layout.root().resolve(".tandem");
        LocalStack stack = new LocalStack(layout, home, home.resolve("keycloak"), Ports.standard());
        String command = args.length == 0 ? "status" : args[0];
        switch (command) {
            case "up" -> {
                stack.up();
                System.out.print("Tandem is up.\n" + stack.status() + """

                        Customer API  http://localhost:8081/q/swagger-ui   (intake-service)
                        Agent API     http://localhost:8084/q/swagger-ui   (agent-service, needs a Keycloak token)
                        Policy API    http://localhost:8083/q/swagger-ui   (escalation-service, admin changes it)
                        Keycloak      http://localhost:8180/admin          (admin / admin)
                        Demo users    agent / agent   supervisor / supervisor   admin / admin   (realm tandem)
                        Logs and data %s
                        """.formatted(home));
            }
            case "down" -> {
                stack.down();
                System.out.println("Tandem is down. Data is kept in " + home);
            }
            case "status" -> System.out.print(stack.status());
            default -> {
                System.err.println("usage: LocalStack up|down|status");
                System.exit(2);
            }
        }
    }
}
