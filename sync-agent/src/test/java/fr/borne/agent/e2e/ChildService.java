package fr.borne.agent.e2e;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** A service of the kiosk's world (central, the agent) run in a child JVM, killed and started again. */
abstract class ChildService implements AutoCloseable {

    private final String name;
    private final Path log;
    protected ChildJvm process;
    private int kills;

    ChildService(String name, Path log) {
        this.name = name;
        this.log = log;
    }

    Path logFile() {
        return log;
    }

    /** SIGKILL: whatever the service held in memory, and had not committed, is gone. */
    void kill() throws InterruptedException {
        int status = process.kill();
        if (status != ChildJvm.KILLED) {
            throw new IllegalStateException(name + " had ended before the kill, status " + status);
        }
        kills++;
    }

    int kills() {
        return kills;
    }

    String log() throws IOException {
        return Files.exists(log) ? Files.readString(log) : "(none)";
    }

    @Override
    public void close() throws InterruptedException {
        if (process != null) {
            process.close();
        }
    }
}
