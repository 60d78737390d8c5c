package fr.borne.agent;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The installed service starts the agent with {@code run} alone and points picocli at the
 * kiosk's properties file: every option of the subcommands must come from there.
 */
class SyncAgentMainTest {

    private static final String DEFAULTS = "picocli.defaults.borne-sync-agent.path";

    @TempDir
    Path dir;
    private String before;

    @BeforeEach
    void remember() {
        before = System.getProperty(DEFAULTS);
    }

    @AfterEach
    void restore() {
        if (before == null) {
            System.clearProperty(DEFAULTS);
        } else {
            System.setProperty(DEFAULTS, before);
        }
    }

    @Test
    void the_options_of_run_come_from_the_properties_file_the_launcher_names() throws IOException {
        System.setProperty(DEFAULTS, kioskProperties().toString());

        SyncAgentMain.Run run = parse(SyncAgentMain.Run.class, "run");
        AgentConfig config = run.options.daemonConfig(Optional.empty());

        assertThat(config.database()).isEqualTo(dir.resolve("kiosk.db"));
        assertThat(config.kioskId()).isEqualTo("rouen-7");
        assertThat(config.establishmentId()).isEqualTo("rouen");
        assertThat(config.client().baseUrl()).isEqualTo("http://127.0.0.1:18443");
        assertThat(config.allotmentSeats()).isEqualTo(5);
        assertThat(config.localApi()).contains(new AgentConfig.LocalApi(18191, Duration.ofSeconds(3),
                dir.resolve("kiosk.db.agent-token"), Optional.empty()));
        assertThat(config.watchdog()).isEmpty();
    }

    @Test
    void the_other_commands_read_the_same_file_and_the_command_line_still_wins() throws IOException {
        System.setProperty(DEFAULTS, kioskProperties().toString());

        SyncAgentMain.Status status = parse(SyncAgentMain.Status.class, "status", "--kiosk-id", "rouen-8");
        assertThat(status.options.config().kioskId()).isEqualTo("rouen-8");
        assertThat(status.options.config().database()).isEqualTo(dir.resolve("kiosk.db"));
        SyncAgentMain.SyncOnce once = parse(SyncAgentMain.SyncOnce.class, "sync-once");
        assertThat(once.options.config().establishmentId()).isEqualTo("rouen");
    }

    @Test
    void a_key_qualified_by_the_command_applies_to_that_command_only() throws IOException {
        Path file = kioskProperties();
        Files.writeString(file, "borne-sync-agent.run.allotment=9\n", java.nio.file.StandardOpenOption.APPEND);
        System.setProperty(DEFAULTS, file.toString());

        assertThat(parse(SyncAgentMain.Run.class, "run").options.config().allotmentSeats()).isEqualTo(9);
        assertThat(parse(SyncAgentMain.SyncOnce.class, "sync-once").options.config().allotmentSeats()).isEqualTo(5);
    }

    @Test
    void without_the_file_the_required_options_are_still_required() {
        System.setProperty(DEFAULTS, dir.resolve("absent.properties").toString());
        assertThatThrownBy(() -> parse(SyncAgentMain.Run.class, "run"))
                .isInstanceOf(CommandLine.MissingParameterException.class)
                .hasMessageContaining("--db");
    }

    @Test
    void the_daemon_touches_the_watchdog_file_it_is_given() throws IOException {
        System.setProperty(DEFAULTS, kioskProperties().toString());
        Path beat = dir.resolve("heartbeat");
        AgentConfig config = parse(SyncAgentMain.Run.class, "run").options.daemonConfig(Optional.of(beat.toString()));
        assertThat(config.watchdog()).contains(new AgentConfig.Watchdog(beat, SyncAgentMain.WATCHDOG_EVERY));
        assertThat(parse(SyncAgentMain.Run.class, "run").options.daemonConfig(Optional.of(" ")).watchdog()).isEmpty();
    }

    private Path kioskProperties() throws IOException {
        return Files.writeString(dir.resolve("kiosk.properties"), """
                # the kiosk's settings, shared by the kiosk app, the agent and borne-ctl
                db=%s
                central=http://127.0.0.1:18443
                kiosk-id=rouen-7
                establishment=rouen
                allotment=5
                local-port=18191
                online-wait=3
                """.formatted(dir.resolve("kiosk.db")));
    }

    private static <T> T parse(Class<T> command, String... args) {
        CommandLine.ParseResult result = new CommandLine(new SyncAgentMain()).parseArgs(args);
        return command.cast(result.subcommand().commandSpec().userObject());
    }
}
