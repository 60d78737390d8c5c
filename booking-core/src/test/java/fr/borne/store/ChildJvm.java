package fr.borne.store;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Starts a worker's {@code main} in a JVM of its own, on this test's class path. */
final class ChildJvm {

    private final Process process;
    private final BufferedReader output;

    private ChildJvm(Process process) {
        this.process = process;
        this.output = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
    }

    /** {@link BookingWorker} with these arguments. */
    static ChildJvm start(String... args) throws IOException {
        return start(List.of(), BookingWorker.class, args);
    }

    /**
     * @param wrapper a command the JVM runs under (such as {@code strace -f …}), or none
     * @param main    the class whose {@code main} the child runs
     */
    static ChildJvm start(List<String> wrapper, Class<?> main, String... args) throws IOException {
        List<String> command = new ArrayList<>(wrapper);
        command.addAll(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-Xshare:auto",
                "-cp", System.getProperty("java.class.path"),
                main.getName()));
        command.addAll(List.of(args));
        return new ChildJvm(new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start());
    }

    /** The next line the child printed, or null once its output ended. */
    String readLine() throws IOException {
        return output.readLine();
    }

    Process process() {
        return process;
    }
}
