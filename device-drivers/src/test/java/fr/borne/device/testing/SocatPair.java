package fr.borne.device.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/** Two linked pseudo-terminals made by socat, standing in for a serial cable. Killing socat is an unplug. */
public final class SocatPair implements AutoCloseable {

    private final Path deviceEnd;
    private final Path farEnd;
    private Process process;

    public SocatPair(Path dir) throws IOException, InterruptedException {
        this.deviceEnd = dir.resolve("device");
        this.farEnd = dir.resolve("far");
        start();
    }

    /** The end the driver under test opens. */
    public Path deviceEnd() {
        return deviceEnd;
    }

    /** The end the test writes to and reads from, as the scanner or printer would. */
    public Path farEnd() {
        return farEnd;
    }

    public void start() throws IOException, InterruptedException {
        process = new ProcessBuilder("socat", "pty,raw,echo=0,link=" + deviceEnd, "pty,raw,echo=0,link=" + farEnd)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        Conditions.await("socat links", Duration.ofSeconds(10),
                () -> Files.exists(deviceEnd) && Files.exists(farEnd) || !process.isAlive());
        if (!process.isAlive()) {
            throw new IOException("socat exited with " + process.exitValue());
        }
    }

    /** Kills socat, as pulling the cable would, and waits until its links are gone. */
    public void unplug() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(5, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
        Conditions.await("socat links removed", Duration.ofSeconds(5), () -> !Files.exists(deviceEnd) && !Files.exists(farEnd));
    }

    @Override
    public void close() throws InterruptedException {
        if (process != null && process.isAlive()) {
            unplug();
        }
    }
}
