package dev.tandem.deploy.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * Keycloak from its Maven Central distribution, in development mode with Tandem's realm imported.
 * The first start of a fresh unpack builds the server (about a minute); later starts take seconds.
 */
public final class KeycloakServer {

    public static final String REALM = "tandem";
    public static final String ADMIN_USER = "admin";
    public static final String ADMIN_PASSWORD = "admin";

    private final Path home;
    private final Path distribution;
    private final Path realmFile;
    private final int port;
    private final int managementPort;
    private final LocalProcess process;

    /**
     * @param home         where the distribution is unpacked and its data, log and pid file live
     * @param distribution the {@code keycloak-quarkus-dist} tar.gz
     * @param realmFile    the realm to import at start (an existing realm is kept as it is)
     */
    public KeycloakServer(Path home, Path distribution, Path realmFile, int port, int managementPort) {
        this.home = home;
        this.distribution = distribution;
        this.realmFile = realmFile;
        this.port = port;
        this.managementPort = managementPort;
        this.process = new LocalProcess("keycloak", home.resolve("keycloak.pid"));
    }

    /** The base URL services use for OIDC, e.g. {@code http://localhost:8180/realms/tandem}. */
    public String realmUrl() {
        return "http://localhost:" + port + "/realms/" + REALM;
    }

    public boolean isRunning() {
        return process.isRunning();
    }

    public void start() {
        if (process.isRunning()) {
            return;
        }
        try {
            Path server = unpacked();
            Path imports = Files.createDirectories(server.resolve("data/import"));
            Files.copy(realmFile, imports.resolve(REALM + "-realm.json"), StandardCopyOption.REPLACE_EXISTING);
            Path log = home.resolve("keycloak.log");
            Files.deleteIfExists(log);
            LocalProcess.launch("keycloak", List.of(server.resolve("bin/kc.sh").toString(), "start-dev",
                    "--http-port=" + port,
                    "--http-management-port=" + managementPort,
                    // Tokens carry this issuer: services and clients must all say localhost.
                    "--hostname=http://localhost:" + port,
                    "--import-realm"),
                    Map.of("KC_BOOTSTRAP_ADMIN_USERNAME", ADMIN_USER,
                            "KC_BOOTSTRAP_ADMIN_PASSWORD", ADMIN_PASSWORD,
                            "JAVA_OPTS_KC_HEAP", "-Xms64m -Xmx512m",
                            "JAVA_HOME", javaHome()),
                    server, log, home.resolve("keycloak.pid"));
            Await.until("Keycloak realm " + REALM + " on port " + port, Duration.ofMinutes(4), process, log,
                    () -> Await.httpOk(realmUrl() + "/.well-known/openid-configuration"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void stop() {
        process.stop("TERM", Duration.ofSeconds(30));
    }

    private Path unpacked() throws IOException {
        String name = distribution.getFileName().toString().replace("keycloak-quarkus-dist-", "keycloak-")
                .replace(".tar.gz", "");
        Path server = home.resolve(name);
        if (!Files.exists(server.resolve("bin/kc.sh"))) {
            Files.createDirectories(home);
            Commands.run(List.of("tar", "-xzf", distribution.toString(), "-C", home.toString()), home);
        }
        return server;
    }

    private static String javaHome() {
        return Path.of(Commands.java()).getParent().getParent().toString();
    }
}
