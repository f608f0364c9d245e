package dev.tandem.deploy.local;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** Runs a short command to completion, failing with its output if it fails. */
final class Commands {

    static String run(List<String> command, Path workDir, Map<String, String> env) {
        try {
            ProcessBuilder builder = new ProcessBuilder(command).directory(workDir.toFile()).redirectErrorStream(true);
            builder.environment().putAll(env);
            Process process = builder.start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            int exit = process.waitFor();
            if (exit != 0) {
                throw new IllegalStateException(String.join(" ", command) + " failed (exit " + exit + "):\n" + output);
            }
            return output;
        } catch (IOException e) {
            throw new IllegalStateException("Cannot run " + command, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted running " + command, e);
        }
    }

    static String run(List<String> command, Path workDir) {
        return run(command, workDir, Map.of());
    }

    /** The java launcher of the JVM running this code, so children use the same JDK. */
    static String java() {
        return ProcessHandle.current().info().command().orElse("java");
    }

    private Commands() {
    }
}
