package fr.borne.agent.watchdog;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * The file the service's supervisor watches (named by {@code $BORNE_HEARTBEAT_FILE}):
 * the sync loop calls {@link #beat()} whenever it has got through a piece of work, and
 * the file's modification time is brought forward every {@code every} at most. A loop that
 * hangs, or fails at every turn, stops beating; the supervisor then has the service
 * restarted. Nothing is written inside the file.
 */
public final class WatchdogFile {

    private static final Logger LOG = LoggerFactory.getLogger(WatchdogFile.class);

    private final Optional<Path> file;
    private final long everyNanos;
    private boolean touched;
    private long lastTouched;
    private boolean failing;

    /** The supervisor compares the file's time with the wall clock: so does this, whatever clock the agent runs on. */
    public WatchdogFile(Optional<Path> file, Duration every) {
        this.file = file;
        this.everyNanos = every.toNanos();
    }

    /** No file to touch: the agent runs outside a supervisor. */
    public static WatchdogFile none() {
        return new WatchdogFile(Optional.empty(), Duration.ofSeconds(5));
    }

    /** Touches the file if it was last touched {@code every} ago or more. Never throws. */
    public synchronized void beat() {
        if (file.isEmpty()) {
            return;
        }
        long now = System.nanoTime();
        if (touched && now - lastTouched < everyNanos) {
            return;
        }
        try {
            touch(file.get(), Instant.now());
            touched = true;
            lastTouched = now;
            if (failing) {
                LOG.info("watchdog file {} touched again", file.get());
                failing = false;
            }
        } catch (IOException e) {
            if (!failing) {
                LOG.warn("cannot touch the watchdog file {}: {}", file.get(), e.toString());
                failing = true;
            }
        }
    }

    private static void touch(Path path, Instant now) throws IOException {
        try {
            Files.setLastModifiedTime(path, FileTime.from(now));
        } catch (NoSuchFileException missing) {
            try {
                Files.createFile(path);
            } catch (FileAlreadyExistsException createdMeanwhile) {
                Files.setLastModifiedTime(path, FileTime.from(now));
            }
        }
    }
}
