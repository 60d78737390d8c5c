package fr.borne.kiosk.technician;

import fr.borne.kiosk.support.ManualTimers;
import fr.borne.testsupport.ManualScheduler;
import fr.borne.testsupport.TestClock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The file the systemd watchdog's wrapper watches: created, then its time moved on at each beat. */
class UiHeartbeatTest {

    private static final ManualTimers TIMERS = new ManualTimers(new ManualScheduler(TestClock.at(Instant.EPOCH)));

    @TempDir
    Path folder;

    @Test
    void onlyWhenTheEnvironmentNamesAFile() {
        assertThat(UiHeartbeat.fromEnvironment(Map.of(), Clock.systemUTC(), Duration.ofSeconds(5), TIMERS)).isEmpty();
        assertThat(UiHeartbeat.fromEnvironment(Map.of(UiHeartbeat.VARIABLE, " "), Clock.systemUTC(),
                Duration.ofSeconds(5), TIMERS)).isEmpty();
    }

    @Test
    void eachBeatCreatesOrTouchesTheFile() throws Exception {
        Path file = folder.resolve("heartbeat");
        Instant first = Instant.parse("2026-11-23T11:00:00Z");
        UiHeartbeat beat = UiHeartbeat.fromEnvironment(Map.of(UiHeartbeat.VARIABLE, file.toString()),
                Clock.fixed(first, ZoneOffset.UTC), Duration.ofSeconds(5), TIMERS).orElseThrow();

        beat.touch();
        assertThat(file).exists();
        beat.touch();
        assertThat(Files.getLastModifiedTime(file).toInstant()).isEqualTo(first);
    }

    @Test
    void onceStartedItTouchesTheFileAtEachBeatUntilStopped() throws Exception {
        Path file = folder.resolve("heartbeat");
        TestClock clock = TestClock.at(Instant.parse("2026-11-23T11:00:00Z"));
        ManualScheduler time = new ManualScheduler(clock);
        UiHeartbeat beat = new UiHeartbeat(file, clock, Duration.ofSeconds(5), new ManualTimers(time));

        beat.start();
        time.advance(Duration.ofSeconds(12));
        assertThat(Files.getLastModifiedTime(file).toInstant()).isEqualTo(Instant.parse("2026-11-23T11:00:10Z"));
        beat.stop();
        time.advance(Duration.ofSeconds(30));

        assertThat(Files.getLastModifiedTime(file).toInstant()).isEqualTo(Instant.parse("2026-11-23T11:00:10Z"));
    }
}
