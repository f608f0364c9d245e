package dev.tandem.deploy.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;

/** The ports of one local stack. */
public record Ports(int kafka, int kafkaController, int postgres, int keycloak, int keycloakManagement,
        int intake, int classifier, int escalation, int agent) {

    /** The ports the README documents for {@code ./tandem up}. */
    public static Ports standard() {
        return new Ports(9092, 9093, 5532, 8180, 9180, 8081, 8082, 8083, 8084);
    }

    /** Ports free right now, so tests can run beside a running stack. */
    public static Ports free() {
        return new Ports(freePort(), freePort(), freePort(), freePort(), freePort(), freePort(), freePort(),
                freePort(), freePort());
    }

    public static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
