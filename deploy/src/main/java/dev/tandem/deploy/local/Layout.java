package dev.tandem.deploy.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** Where the build leaves what the local stack runs, relative to the repository root. */
public record Layout(Path root) {

    /** The root from {@code -Dtandem.root}, else {@code TANDEM_ROOT}, else the working directory. */
    public static Layout detect() {
        String root = System.getProperty("tandem.root", System.getenv().getOrDefault("TANDEM_ROOT", "."));
        return new Layout(Path.of(root).toAbsolutePath().normalize());
    }

    public Path kafkaLibs() {
        return built(root.resolve("deploy/target/kafka-libs"));
    }

    public Path keycloakDistribution() {
        Path dist = built(root.resolve("deploy/target/dist"));
        try (Stream<Path> files = Files.list(dist)) {
            return files.filter(f -> f.getFileName().toString().matches("keycloak-quarkus-dist-.*\\.tar\\.gz"))
                    .findFirst()
                    .orElseThrow(() -> new IllegalStateException("No Keycloak distribution in " + dist));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Path realm() {
        return root.resolve("deploy/keycloak/tandem-realm.json");
    }

    public Path serviceJar(String service) {
        return root.resolve(service).resolve("target/quarkus-app/quarkus-run.jar");
    }

    private static Path built(Path path) {
        if (!Files.isDirectory(path)) {
            throw new IllegalStateException(path + " is missing: build the deploy module first (./mvnw install -DskipTests)");
        }
        return path;
    }
}
