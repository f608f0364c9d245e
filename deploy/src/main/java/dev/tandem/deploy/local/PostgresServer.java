package dev.tandem.deploy.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A private PostgreSQL cluster from the machine's PostgreSQL binaries (Debian's {@code postgresql}
 * package), listening on loopback only. PostgreSQL refuses to run as root, so as root it runs in a
 * user namespace ({@code unshare -U}), where it is an unprivileged user owning its data directory.
 */
public final class PostgresServer {

    public static final String USER = "tandem";
    public static final String PASSWORD = "tandem";

    private final Path home;
    private final int port;
    private final LocalProcess process;

    public PostgresServer(Path home, int port) {
        this.home = home;
        this.port = port;
        this.process = new LocalProcess("postgres", home.resolve("postgres.pid"));
    }

    public int port() {
        return port;
    }

    public boolean isRunning() {
        return process.isRunning();
    }

    public void start() {
        if (process.isRunning()) {
            return;
        }
        try {
            Path bin = binaries();
            Path data = home.resolve("data");
            Files.createDirectories(home);
            if (!Files.exists(data.resolve("PG_VERSION"))) {
                Path passwordFile = home.resolve("pwfile");
                Files.writeString(passwordFile, PASSWORD + "\n");
                Commands.run(asServerUser(bin.resolve("initdb").toString(), "-D", data.toString(), "-U", USER,
                        "--pwfile=" + passwordFile, "--auth=scram-sha-256", "-E", "UTF8", "--locale=C.UTF-8"), home);
                Files.delete(passwordFile);
            }
            Path log = home.resolve("postgres.log");
            Path sockets = Files.createDirectories(home.resolve("sockets"));
            Files.deleteIfExists(data.resolve("postmaster.pid"));
            Commands.run(asServerUser(bin.resolve("pg_ctl").toString(), "-D", data.toString(), "-l", log.toString(),
                    "-o", "-p " + port + " -c listen_addresses=127.0.0.1 -k " + sockets, "-w", "-t", "60", "start"), home);
            long postmaster = Long.parseLong(Files.readAllLines(data.resolve("postmaster.pid")).get(0).trim());
            process.remember(ProcessHandle.of(postmaster)
                    .orElseThrow(() -> new IllegalStateException("PostgreSQL exited at once\n" + Await.tail(log))));
            Await.until("PostgreSQL on port " + port, Duration.ofSeconds(30), process, log, () -> Await.portOpen(port));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Creates {@code database} unless it exists. */
    public void createDatabase(String database) {
        Path psql = binaries().resolve("psql");
        Map<String, String> env = Map.of("PGPASSWORD", PASSWORD);
        List<String> connect = List.of(psql.toString(), "-h", "127.0.0.1", "-p", Integer.toString(port), "-U", USER,
                "-d", "postgres", "-tAc");
        String exists = Commands.run(concat(connect, "SELECT 1 FROM pg_database WHERE datname = '" + database + "'"),
                home, env);
        if (!exists.contains("1")) {
            Commands.run(concat(connect, "CREATE DATABASE \"" + database + "\""), home, env);
        }
    }

    public String jdbcUrl(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
    }

    public String reactiveUrl(String database) {
        return "postgresql://127.0.0.1:" + port + "/" + database;
    }

    /** A fast shutdown: open sessions are ended, nothing committed is lost. */
    public void stop() {
        process.stop("INT", Duration.ofSeconds(30));
    }

    private List<String> asServerUser(String... command) {
        boolean root = "root".equals(System.getProperty("user.name"));
        return root ? concat(List.of("unshare", "-U"), command) : List.of(command);
    }

    /** The newest PostgreSQL installed by Debian's packages. */
    static Path binaries() {
        try (Stream<Path> versions = Files.list(Path.of("/usr/lib/postgresql"))) {
            return versions.map(v -> v.resolve("bin"))
                    .filter(bin -> Files.isExecutable(bin.resolve("postgres")))
                    .max(Comparator.comparingInt(bin -> Integer.parseInt(bin.getParent().getFileName().toString())))
                    .orElseThrow();
        } catch (IOException | RuntimeException e) {
            throw new IllegalStateException(
                    "PostgreSQL server binaries not found under /usr/lib/postgresql: apt-get install postgresql", e);
        }
    }

    @SafeVarargs
    private static <T> List<T> concat(List<T> head, T... tail) {
        return Stream.concat(head.stream(), Stream.of(tail)).toList();
    }
}
