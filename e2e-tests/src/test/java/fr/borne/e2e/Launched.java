package fr.borne.e2e;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** A program the test started, its output in a file, stopped with everything it started. */
final class Launched implements AutoCloseable {

    private final String name;
    private final Process process;
    private final Path log;

    private Launched(String name, Process process, Path log) {
        this.name = name;
        this.process = process;
        this.log = log;
    }

    static Launched start(String name, List<String> command, Map<String, String> environment, Path logDir)
            throws IOException {
        Path log = logDir.resolve(name + ".log");
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().putAll(environment);
        return new Launched(name, builder.start(), log);
    }

    /** Runs a command to its end and returns its exit code; its output goes to the log folder. */
    static int run(String name, List<String> command, Path logDir, Duration ceiling) throws IOException {
        try (Launched launched = start(name, command, Map.of(), logDir)) {
            return launched.exitCode(ceiling);
        }
    }

    int exitCode(Duration ceiling) {
        Waits.until(ceiling, name + " ends", () -> !process.isAlive());
        return process.exitValue();
    }

    /** The first match of {@code pattern} in the output, waiting for it; fails early if the program dies. */
    Matcher awaitLine(Pattern pattern, Duration ceiling) {
        return Waits.until(ceiling, name + " prints " + pattern + " (see " + log + ")", () -> {
            if (!process.isAlive()) {
                throw new AssertionError(name + " stopped with " + process.exitValue() + ":\n" + output());
            }
            Matcher matcher = pattern.matcher(output());
            return matcher.find() ? Optional.of(matcher) : Optional.empty();
        });
    }

    String output() {
        try {
            return Files.readString(log);
        } catch (IOException e) {
            return "";
        }
    }

    /** The process and all it started (the JVM behind a launcher script, Xvfb). */
    Stream<ProcessHandle> tree() {
        return Stream.concat(Stream.of(process.toHandle()), process.descendants());
    }

    @Override
    public void close() {
        List<ProcessHandle> all = tree().toList();
        all.forEach(ProcessHandle::destroy);
        for (ProcessHandle handle : all) {
            try {
                handle.onExit().get(10, java.util.concurrent.TimeUnit.SECONDS);
            } catch (Exception e) {
                handle.destroyForcibly();
            }
        }
    }
}
