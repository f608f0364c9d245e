package dev.tandem.deploy.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * A background process of the local stack, remembered by a pid file that also records its start
 * time, so that stopping it later (even from another JVM) never signals a recycled pid.
 */
public final class LocalProcess {

    private static final Duration START_TIME_TOLERANCE = Duration.ofSeconds(2);

    private final String name;
    private final Path pidFile;

    public LocalProcess(String name, Path pidFile) {
        this.name = name;
        this.pidFile = pidFile;
    }

    public String name() {
        return name;
    }

    /** Starts {@code command} detached from this JVM's lifetime, output appended to {@code log}. */
    public static LocalProcess launch(String name, List<String> command, Map<String, String> env, Path workDir,
            Path log, Path pidFile) {
        try {
            Files.createDirectories(log.getParent());
            Files.createDirectories(pidFile.getParent());
            ProcessBuilder builder = new ProcessBuilder(command)
                    .directory(workDir.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                    .redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()));
            builder.environment().putAll(env);
            Process process = builder.start();
            LocalProcess launched = new LocalProcess(name, pidFile);
            launched.remember(process.toHandle());
            return launched;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start " + name + ": " + command, e);
        }
    }

    /** Records a process this one did not spawn itself (a daemon that forked, like PostgreSQL's postmaster). */
    public void remember(ProcessHandle handle) {
        Instant started = handle.info().startInstant().orElse(Instant.EPOCH);
        try {
            Files.writeString(pidFile, handle.pid() + " " + started.toEpochMilli() + "\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The running process this pid file names, if it is still the one that was recorded. */
    public Optional<ProcessHandle> handle() {
        if (!Files.exists(pidFile)) {
            return Optional.empty();
        }
        try {
            String[] fields = Files.readString(pidFile).trim().split(" ");
            long pid = Long.parseLong(fields[0]);
            Instant recorded = Instant.ofEpochMilli(Long.parseLong(fields[1]));
            return ProcessHandle.of(pid)
                    .filter(ProcessHandle::isAlive)
                    .filter(h -> h.info().startInstant()
                            .map(s -> Duration.between(recorded, s).abs().compareTo(START_TIME_TOLERANCE) < 0)
                            .orElse(false));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    public boolean isRunning() {
        return handle().isPresent();
    }

    /**
     * Sends {@code signal} (e.g. {@code TERM}, or {@code INT} for a fast PostgreSQL shutdown), waits up
     * to {@code grace}, then kills what is left.
     */
    public void stop(String signal, Duration grace) {
        handle().ifPresent(process -> {
            try {
                new ProcessBuilder("kill", "-" + signal, Long.toString(process.pid())).inheritIO().start().waitFor();
                process.onExit().get(grace.toMillis(), TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (Exception e) {
                process.destroyForcibly();
            }
        });
        try {
            Files.deleteIfExists(pidFile);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
