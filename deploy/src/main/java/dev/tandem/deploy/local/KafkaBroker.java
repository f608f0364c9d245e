package dev.tandem.deploy.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;

/**
 * One Apache Kafka broker in KRaft mode (broker and controller in one JVM), run from the Kafka jars
 * that the deploy module copies from Maven Central. Topics keep their whole history.
 */
public final class KafkaBroker {

    private final Path home;
    private final Path libs;
    private final int port;
    private final int controllerPort;
    private final LocalProcess process;

    /**
     * @param home  where its configuration, data, log and pid file live
     * @param libs  the folder holding the broker's jars
     */
    public KafkaBroker(Path home, Path libs, int port, int controllerPort) {
        this.home = home;
        this.libs = libs;
        this.port = port;
        this.controllerPort = controllerPort;
        this.process = new LocalProcess("kafka", home.resolve("kafka.pid"));
    }

    public String bootstrapServers() {
        return "127.0.0.1:" + port;
    }

    public boolean isRunning() {
        return process.isRunning();
    }

    public void start() {
        if (process.isRunning()) {
            return;
        }
        try {
            Files.createDirectories(home);
            Path config = writeConfig();
            if (!Files.exists(home.resolve("data/meta.properties"))) {
                Commands.run(List.of(Commands.java(), "-cp", libs + "/*", "-Dlog4j2.configurationFile=" + log4jConfig(),
                        "kafka.tools.StorageTool", "format", "--ignore-formatted", "-t", newClusterId(), "-c",
                        config.toString()), home);
            }
            Path log = home.resolve("kafka.log");
            Files.deleteIfExists(log);
            LocalProcess.launch("kafka", List.of(Commands.java(), "-Xms128m", "-Xmx512m",
                    "-Dlog4j2.configurationFile=" + log4jConfig(), "-cp", libs + "/*", "kafka.Kafka", config.toString()),
                    Map.of(), home, log, home.resolve("kafka.pid"));
            Await.until("Kafka on port " + port, Duration.ofSeconds(90), process, log,
                    () -> Await.logContains(log, "Kafka Server started") && Await.portOpen(port));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Creates the topics that do not exist yet. Declaring them up front (as Kubernetes will, with
     * Strimzi's KafkaTopic) means consumers that start before the first message find their topic at once.
     */
    public void createTopics(Collection<String> names, int partitions) {
        try (Admin admin = Admin.create(Map.<String, Object>of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                bootstrapServers()))) {
            Set<String> existing = admin.listTopics().names().get();
            List<NewTopic> missing = names.stream()
                    .filter(name -> !existing.contains(name))
                    .map(name -> new NewTopic(name, partitions, (short) 1))
                    .toList();
            admin.createTopics(missing).all().get();
        } catch (ExecutionException e) {
            throw new IllegalStateException("Cannot create topics " + names, e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted creating topics", e);
        }
    }

    public void stop() {
        process.stop("TERM", Duration.ofSeconds(30));
    }

    private Path writeConfig() throws IOException {
        Path config = home.resolve("server.properties");
        Files.writeString(config, String.join("\n",
                "process.roles=broker,controller",
                "node.id=1",
                "controller.quorum.voters=1@127.0.0.1:" + controllerPort,
                "listeners=PLAINTEXT://127.0.0.1:" + port + ",CONTROLLER://127.0.0.1:" + controllerPort,
                "advertised.listeners=PLAINTEXT://127.0.0.1:" + port,
                "controller.listener.names=CONTROLLER",
                "inter.broker.listener.name=PLAINTEXT",
                "listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT",
                "log.dirs=" + home.resolve("data"),
                "num.partitions=3",
                "auto.create.topics.enable=true",
                // A conversation's history must be rebuildable from Kafka alone: nothing expires.
                "log.retention.ms=-1",
                "log.retention.bytes=-1",
                "offsets.topic.replication.factor=1",
                "offsets.topic.num.partitions=5",
                "transaction.state.log.replication.factor=1",
                "transaction.state.log.min.isr=1",
                "share.coordinator.state.topic.replication.factor=1",
                "share.coordinator.state.topic.min.isr=1",
                "group.initial.rebalance.delay.ms=0",
                ""));
        return config;
    }

    private Path log4jConfig() throws IOException {
        Path config = home.resolve("log4j2.properties");
        Files.writeString(config, String.join("\n",
                "rootLogger.level=INFO",
                "rootLogger.appenderRef.out.ref=OUT",
                "appender.out.type=Console",
                "appender.out.name=OUT",
                "appender.out.layout.type=PatternLayout",
                "appender.out.layout.pattern=[%d] %p %m (%c)%n",
                // The broker's configuration dump is hundreds of lines on every start.
                "logger.config.name=org.apache.kafka.common.config",
                "logger.config.level=WARN",
                ""));
        return config;
    }

    /** 16 random bytes in URL-safe base64, as Kafka's own ids; never starting with '-', which reads as an option. */
    static String newClusterId() {
        SecureRandom random = new SecureRandom();
        byte[] bytes = new byte[16];
        String id;
        do {
            random.nextBytes(bytes);
            id = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        } while (id.startsWith("-"));
        return id;
    }
}
