package fr.borne.kiosk.technician;

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

    @TempDir
    Path folder;

    @Test
    void onlyWhenTheEnvironmentNamesAFile() {
        assertThat(UiHeartbeat.fromEnvironment(Map.of(), Clock.systemUTC(), Duration.ofSeconds(5))).isEmpty();
        assertThat(UiHeartbeat.fromEnvironment(Map.of(UiHeartbeat.VARIABLE, " "), Clock.systemUTC(),
                Duration.ofSeconds(5))).isEmpty();
    }

    @Test
    void eachBeatCreatesOrTouchesTheFile() throws Exception {
        Path file = folder.resolve("heartbeat");
        Instant first = Instant.parse("2026-11-23T11:00:00Z");
        UiHeartbeat beat = UiHeartbeat.fromEnvironment(Map.of(UiHeartbeat.VARIABLE, file.toString()),
                Clock.fixed(first, ZoneOffset.UTC), Duration.ofSeconds(5)).orElseThrow();

        beat.touch();
        assertThat(file).exists();
        beat.touch();
        assertThat(Files.getLastModifiedTime(file).toInstant()).isEqualTo(first);
    }
}
