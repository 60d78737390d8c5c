package fr.borne.agent;

import fr.borne.config.ConfigException;
import fr.borne.config.ConfigFile;
import fr.borne.config.EffectiveConfig;
import fr.borne.config.ProgramConfig;
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
 * The installed service starts the agent with {@code run} alone and points it at its
 * properties file: every option of the subcommands must come from there, and nothing in
 * it may be silently ignored.
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
    void a_key_the_agent_does_not_know_stops_it_naming_the_file_and_the_line() throws IOException {
        Path file = kioskProperties();
        Files.writeString(file, "idle-seconds=30\n", java.nio.file.StandardOpenOption.APPEND);
        System.setProperty(DEFAULTS, file.toString());

        assertThatThrownBy(() -> parse(SyncAgentMain.Run.class, "run"))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining(file + " line 9: unknown key 'idle-seconds'");
    }

    @Test
    void a_named_file_that_is_missing_stops_the_agent() {
        System.setProperty(DEFAULTS, dir.resolve("absent.properties").toString());
        assertThatThrownBy(() -> parse(SyncAgentMain.Run.class, "run"))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("absent.properties does not exist");
    }

    @Test
    void without_a_file_the_required_options_are_still_required() {
        System.clearProperty(DEFAULTS);
        assertThatThrownBy(() -> parse(SyncAgentMain.Run.class, "run"))
                .isInstanceOf(CommandLine.MissingParameterException.class)
                .hasMessageContaining("--db");
    }

    @Test
    void an_https_central_without_its_tls_files_is_refused_naming_the_line() throws IOException {
        Path file = Files.writeString(dir.resolve("agent.properties"), """
                db=/var/lib/borne/borne.db
                central=https://central.example
                kiosk-id=rouen-7
                establishment=rouen
                tls-cert=%s
                """.formatted(dir.resolve("kiosk.pem")));

        assertThatThrownBy(() -> SyncAgentMain.checkConfig(ConfigFile.read(file)))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining(file + " line 2: central=https://central.example")
                .hasMessageContaining("tls-key is not set");
        Files.writeString(file, "tls-key=k\ntls-ca=c\n", java.nio.file.StandardOpenOption.APPEND);
        assertThatThrownBy(() -> SyncAgentMain.checkConfig(ConfigFile.read(file)))
                .hasMessageContaining(file + " line 5: tls-cert=" + dir.resolve("kiosk.pem"))
                .hasMessageContaining("no such file");
    }

    @Test
    void check_config_tells_where_each_value_comes_from() throws IOException {
        ConfigFile file = ConfigFile.read(kioskProperties());
        assertThat(SyncAgentMain.checkConfig(file))
                .contains(new EffectiveConfig.Setting("kiosk-id", "rouen-7", file.where("kiosk-id")))
                .contains(new EffectiveConfig.Setting("tls-ca", "", "not set"));
    }

    @Test
    void the_daemon_touches_the_watchdog_file_it_is_given() throws IOException {
        System.setProperty(DEFAULTS, kioskProperties().toString());
        Path beat = dir.resolve("heartbeat");
        AgentConfig config = parse(SyncAgentMain.Run.class, "run").options.daemonConfig(Optional.of(beat.toString()));
        assertThat(config.watchdog()).contains(new AgentConfig.Watchdog(beat, SyncAgentMain.WATCHDOG_EVERY));
        assertThat(parse(SyncAgentMain.Run.class, "run").options.daemonConfig(Optional.of(" ")).watchdog()).isEmpty();
    }

    @Test
    void a_badge_key_file_named_but_missing_stops_the_agent_at_start_naming_the_file() throws IOException {
        System.setProperty(DEFAULTS, kioskProperties().toString());
        Path missing = dir.resolve("etc/badge.key");
        System.setProperty(fr.borne.visitor.BadgeKeys.PROPERTY, missing.toString());
        java.io.StringWriter err = new java.io.StringWriter();
        try {
            CommandLine line = new CommandLine(new SyncAgentMain()).setErr(new java.io.PrintWriter(err, true));
            int code = ProgramConfig.execute(line, SyncAgentMain.NAME, "run");

            assertThat(code).isEqualTo(2);
            assertThat(err.toString()).contains("borne-sync-agent: cannot use the badge key file " + missing
                    + " (BORNE_BADGE_KEY_FILE): no such file").doesNotContain("Exception", "\tat ");
            assertThat(dir.resolve("kiosk.db")).as("stopped before opening anything").doesNotExist();
        } finally {
            System.clearProperty(fr.borne.visitor.BadgeKeys.PROPERTY);
            fr.borne.visitor.BadgeCode.loadAtStart(true);
        }
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
        CommandLine.ParseResult result = ProgramConfig.configure(new CommandLine(new SyncAgentMain()),
                ProgramConfig.named(SyncAgentMain.NAME)).parseArgs(args);
        return command.cast(result.subcommand().commandSpec().userObject());
    }
}
