package dev.tandem.deploy.local;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/** One of Tandem's services, run from its packaged {@code quarkus-app}. */
public final class QuarkusService {

    private final String name;
    private final Path jar;
    private final int port;
    private final Map<String, String> environment;
    private final Path home;
    private final LocalProcess process;

    /**
     * @param environment configuration overrides, as environment variables (e.g. {@code KAFKA_BOOTSTRAP_SERVERS})
     * @param home        where its log and pid file live
     */
    public QuarkusService(String name, Path jar, int port, Map<String, String> environment, Path home) {
        this.name = name;
        this.jar = jar;
        this.port = port;
        this.environment = environment;
        this.home = home;
        this.process = new LocalProcess(name, home.resolve(name + ".pid"));
    }

    public String name() {
        return name;
    }

    public String url() {
        return "http://localhost:" + port;
    }

    public boolean isRunning() {
        return process.isRunning();
    }

    public void start() {
        if (process.isRunning()) {
            return;
        }
        if (!Files.exists(jar)) {
            throw new IllegalStateException(jar + " is missing: build first (./mvnw package -DskipTests)");
        }
        Path log = home.resolve(name + ".log");
        LocalProcess.launch(name, List.of(Commands.java(), "-Xmx256m", "-Dquarkus.http.port=" + port, "-jar",
                jar.toString()), environment, home, log, home.resolve(name + ".pid"));
        awaitReady(log);
    }

    private void awaitReady(Path log) {
        Await.until(name + " ready on port " + port, Duration.ofSeconds(90), process, log,
                () -> Await.httpOk(url() + "/q/health/ready"));
    }

    public void stop() {
        process.stop("TERM", Duration.ofSeconds(20));
    }
}
