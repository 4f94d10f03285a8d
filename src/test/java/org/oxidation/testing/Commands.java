package org.oxidation.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs an external command (git, mkfifo, kill) for a test with every wait bounded: the output goes to a
 * file, not a pipe, so nothing blocks on reading it, and a command that does not end within the bound is
 * killed and fails the test. Stateless and thread-safe.
 */
public final class Commands {

    private static final long BOUND_SECONDS = 60;

    private Commands() {
    }

    /** Runs the command in {@code dir} (null: the current directory); returns its output, failing on a non-zero exit. */
    public static String run(Path dir, String... command) {
        try {
            Path output = Files.createTempFile("oxidation-command", ".txt");
            try {
                ProcessBuilder builder = new ProcessBuilder(List.of(command)).redirectErrorStream(true)
                        .redirectOutput(output.toFile());
                builder.environment().put("GIT_CONFIG_NOSYSTEM", "1");
                builder.environment().put("GIT_CONFIG_GLOBAL", "/dev/null");
                if (dir != null) {
                    builder.directory(dir.toFile());
                }
                Process process = builder.start();
                if (!process.waitFor(BOUND_SECONDS, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                    throw new AssertionError(String.join(" ", command) + " did not end within " + BOUND_SECONDS + " s");
                }
                String text = Files.readString(output, StandardCharsets.UTF_8);
                if (process.exitValue() != 0) {
                    throw new AssertionError(String.join(" ", command) + " exited " + process.exitValue() + ": " + text);
                }
                return text;
            } finally {
                Files.deleteIfExists(output);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while running " + String.join(" ", command), e);
        }
    }
}
