package fr.borne.installer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * borne-supervise feeds systemd's watchdog only while the application shows it is alive.
 * systemd-notify is replaced by a stand-in that logs each message; the supervised
 * "applications" are small shell commands that touch (or stop touching) their heartbeat file.
 */
class SuperviseScriptTest {

    @TempDir
    Path tmp;
    Path notifications;
    Path heartbeat;
    Path bin;

    @BeforeEach
    void fakeNotify() throws IOException {
        bin = Files.createDirectories(tmp.resolve("bin"));
        notifications = tmp.resolve("notify.log");
        heartbeat = tmp.resolve("heartbeat");
        Path notify = bin.resolve("systemd-notify");
        Files.writeString(notify, "#!/bin/sh\necho \"$*\" >> " + notifications + "\n");
        notify.toFile().setExecutable(true);
    }

    private Command.Result supervise(String application, Map<String, String> env) {
        Map<String, String> all = new java.util.HashMap<>(Map.of(
                "PATH", bin + ":/usr/bin:/bin",
                "NOTIFY_SOCKET", "/run/systemd/notify",
                "WATCHDOG_USEC", "3000000",
                "BORNE_HEARTBEAT_FILE", heartbeat.toString()));
        all.putAll(env);
        return new Command(List.of("sh", Scripts.source("usr/lib/borne/borne-supervise").toString(),
                "sh", "-c", application), all, tmp).run();
    }

    private List<String> notified() throws IOException {
        return Files.exists(notifications) ? Files.readAllLines(notifications) : List.of();
    }

    @Test
    void a_beating_application_is_ready_at_its_first_heartbeat_and_keeps_the_watchdog_fed() throws IOException {
        Command.Result result = supervise(
                "for i in 1 2 3 4; do touch \"$BORNE_HEARTBEAT_FILE\"; sleep 1; done; exit 3", Map.of());

        assertThat(result.exitCode()).as("the application's own exit code").isEqualTo(3);
        List<String> messages = notified();
        assertThat(messages).filteredOn(m -> m.startsWith("--ready")).containsExactly("--ready --status=running");
        assertThat(messages.stream().filter("WATCHDOG=1"::equals).count()).isGreaterThanOrEqualTo(3);
    }

    @Test
    void a_hung_application_stops_feeding_the_watchdog_so_systemd_restarts_it() throws IOException {
        Command.Result result = supervise("touch \"$BORNE_HEARTBEAT_FILE\"; sleep 5",
                Map.of("BORNE_HEARTBEAT_MAX_AGE", "1"));

        assertThat(result.exitCode()).isZero();
        List<String> messages = notified();
        int stale = messages.indexOf(messages.stream().filter(m -> m.startsWith("--status=not answering"))
                .findFirst().orElseThrow());
        assertThat(messages.subList(stale, messages.size())).doesNotContain("WATCHDOG=1");
        assertThat(result.err()).contains("no heartbeat from the application");
    }

    @Test
    void an_application_without_heartbeat_is_watched_as_a_process() throws IOException {
        Command.Result result = supervise("sleep 3", Map.of("BORNE_READY_AFTER", "1"));

        assertThat(result.exitCode()).isZero();
        assertThat(notified()).contains("WATCHDOG=1")
                .anyMatch(m -> m.startsWith("--ready --status=running (process watched; no heartbeat"));
    }

    @Test
    void outside_systemd_it_only_runs_the_command() throws IOException {
        Command.Result result = new Command(List.of("sh", Scripts.source("usr/lib/borne/borne-supervise").toString(),
                "sh", "-c", "echo started; exit 4"), Map.of("PATH", bin + ":/usr/bin:/bin", "NOTIFY_SOCKET", ""), tmp)
                .run();

        assertThat(result.exitCode()).isEqualTo(4);
        assertThat(result.out()).isEqualTo("started\n");
        assertThat(notified()).isEmpty();
    }
}
