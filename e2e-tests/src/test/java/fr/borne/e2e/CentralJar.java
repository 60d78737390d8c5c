package fr.borne.e2e;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** {@code borne-central}: central's shaded jar, run with {@code java -jar} as a deployment runs it. */
final class CentralJar {

    private static final Duration COMMAND_CEILING = Duration.ofSeconds(90);
    private static final Pattern LISTENING = Pattern.compile("central server listening on [0-9.]+:(\\d+) \\(mutual TLS\\)");

    private final Path jar;
    private final Path logs;

    CentralJar(Path logs) {
        this.jar = Path.of(System.getProperty("borne.central.jar", "central-server/target/central-server-all.jar"));
        this.logs = logs;
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("central's shaded jar is not built: " + jar);
        }
    }

    /** Runs one command of the jar (ca init, kiosk enrol, …) to its end; fails the test if it fails. */
    void command(String logName, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(java(), "-jar", jar.toString()));
        command.addAll(List.of(args));
        int code = Launched.run(logName, command, logs, COMMAND_CEILING);
        if (code != 0) {
            throw new AssertionError("borne-central " + String.join(" ", args) + " exited " + code + ", see "
                    + logs.resolve(logName + ".log"));
        }
    }

    /** Starts the server with mutual TLS from the folder {@code ca init} made, on a free loopback port. */
    Running start(Path ca, Path db, String... more) throws IOException {
        List<String> command = new ArrayList<>(List.of(java(), "-jar", jar.toString(),
                "--db", db.toString(), "--host", "127.0.0.1", "--port", "0",
                "--tls-cert", ca.resolve("server.pem").toString(), "--tls-key", ca.resolve("server.key").toString(),
                "--tls-ca", ca.resolve("kiosk-ca.pem").toString(), "--tls-admin-ca", ca.resolve("admin-ca.pem").toString()));
        command.addAll(List.of(more));
        Launched server = Launched.start("central", command, Map.of(), logs);
        int port = Integer.parseInt(server.awaitLine(LISTENING, COMMAND_CEILING).group(1));
        return new Running(server, port);
    }

    record Running(Launched process, int port) implements AutoCloseable {
        String base() {
            return "https://localhost:" + port;
        }

        @Override
        public void close() {
            process.close();
        }
    }

    static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
