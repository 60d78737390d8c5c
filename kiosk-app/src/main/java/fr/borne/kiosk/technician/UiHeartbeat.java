package fr.borne.kiosk.technician;

import fr.borne.kiosk.timers.Timers;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;

/**
 * Touches {@code BORNE_HEARTBEAT_FILE} every few seconds from the JavaFX thread, so the
 * service's watchdog wrapper knows the screen is alive: a hung UI thread stops touching it
 * and systemd restarts the kiosk.
 */
public final class UiHeartbeat {

    public static final String VARIABLE = "BORNE_HEARTBEAT_FILE";

    private static final Logger LOG = LoggerFactory.getLogger(UiHeartbeat.class);

    private final Path file;
    private final Clock clock;
    private final java.time.Duration every;
    private final Timers timers;
    private Timers.Timer beats;
    private boolean failing;

    public UiHeartbeat(Path file, Clock clock, java.time.Duration every, Timers timers) {
        this.file = file;
        this.clock = clock;
        this.every = every;
        this.timers = timers;
    }

    /** The heartbeat the environment asks for, if any. */
    public static Optional<UiHeartbeat> fromEnvironment(Map<String, String> environment, Clock clock,
                                                        java.time.Duration every, Timers timers) {
        return Optional.ofNullable(environment.get(VARIABLE)).filter(v -> !v.isBlank())
                .map(v -> new UiHeartbeat(Path.of(v), clock, every, timers));
    }

    /** Touches the file now and then at each beat; call on the JavaFX thread. */
    public void start() {
        touch();
        if (beats == null) {
            beats = timers.every(every, this::touch);
        }
    }

    public void stop() {
        if (beats != null) {
            beats.cancel();
            beats = null;
        }
    }

    void touch() {
        try {
            if (Files.exists(file)) {
                Files.setLastModifiedTime(file, FileTime.from(clock.instant()));
            } else {
                Files.createFile(file);
            }
            failing = false;
        } catch (IOException e) {
            if (!failing) {
                LOG.warn("cannot touch the heartbeat file {}: {}", file, e.toString());
            }
            failing = true;
        }
    }
}
