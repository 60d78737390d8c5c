package fr.borne.central.scale;

import fr.borne.central.CentralServerMain;
import fr.borne.testsupport.Eventually;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * One central instance in a JVM of its own, started by its real command line on any free
 * port (read back from {@code --port-file}), stopped as systemd stops it (SIGTERM).
 */
final class ChildCentral implements AutoCloseable {

    private final Process process;
    private final Path log;
    private final int port;

    private ChildCentral(Process process, Path log, int port) {
        this.process = process;
        this.log = log;
        this.port = port;
    }

    static ChildCentral start(Path dir, String name, List<String> arguments) throws IOException {
        Path portFile = dir.resolve(name + ".port");
        Path log = dir.resolve(name + ".log");
        List<String> command = new ArrayList<>(List.of(
                ProcessHandle.current().info().command().orElse("java"), "-Xmx256m", "-XX:TieredStopAtLevel=1",
                "-cp", System.getProperty("java.class.path"), CentralServerMain.class.getName(),
                "--port", "0", "--port-file", portFile.toString()));
        command.addAll(arguments);
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        Eventually.await("central " + name + " listening", Duration.ofSeconds(90),
                () -> Files.exists(portFile) || !process.isAlive());
        if (!process.isAlive()) {
            throw new IllegalStateException("central " + name + " ended at start; its log:\n" + Files.readString(log));
        }
        return new ChildCentral(process, log, Integer.parseInt(Files.readString(portFile).trim()));
    }

    String base() {
        return "http://127.0.0.1:" + port;
    }

    String log() throws IOException {
        return Files.readString(log);
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
    }
}
