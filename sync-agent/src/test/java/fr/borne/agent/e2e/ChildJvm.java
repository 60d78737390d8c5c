package fr.borne.agent.e2e;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A program of this test's class path run in a JVM of its own, as the installed services
 * run, so that it can be killed with SIGKILL: no shutdown hook, no finally block, only what
 * reached the disk.
 */
final class ChildJvm implements AutoCloseable {

    /** The exit status of a JVM ended by SIGKILL (128 + 9). */
    static final int KILLED = 137;

    private final Process process;
    private final BufferedReader output;

    private ChildJvm(Process process) {
        this.process = process;
        this.output = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
    }

    /** Runs {@code main} with its output appended to {@code log}. */
    static ChildJvm logged(Class<?> main, List<String> jvmOptions, Map<String, String> environment, Path log,
                           String... args) throws IOException {
        ProcessBuilder builder = builder(main, jvmOptions, args);
        builder.environment().putAll(environment);
        builder.redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        return new ChildJvm(builder.start());
    }

    /** Runs {@code main} with its standard output read through {@link #readLine()}, its errors to {@code log}. */
    static ChildJvm piped(Class<?> main, Path log, String... args) throws IOException {
        ProcessBuilder builder = builder(main, List.of(), args);
        builder.redirectError(ProcessBuilder.Redirect.appendTo(log.toFile()));
        return new ChildJvm(builder.start());
    }

    private static ProcessBuilder builder(Class<?> main, List<String> jvmOptions, String... args) {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx128m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xshare:auto"));
        command.addAll(jvmOptions);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), main.getName()));
        command.addAll(List.of(args));
        return new ProcessBuilder(command);
    }

    /** The next line the child printed, or null once its output ended. */
    String readLine() throws IOException {
        return output.readLine();
    }

    boolean alive() {
        return process.isAlive();
    }

    /** SIGKILL, then waits for the end; the exit status ({@link #KILLED} unless it had already ended). */
    int kill() throws InterruptedException {
        process.destroyForcibly();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            throw new IllegalStateException("a killed child JVM did not end within 30 s");
        }
        return process.exitValue();
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            kill();
        }
    }
}
