package fr.borne.ctl;

import fr.borne.agent.SyncAgentMain;
import fr.borne.config.ConfigException;
import fr.borne.config.ConfigFile;
import fr.borne.kiosk.config.KioskOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The configuration files the package installs in /etc/borne, checked against the programs'
 * real option lists, so that the documentation in them cannot drift from the code again:
 * every documented key exists, every commented "default" is the program's default, the
 * files with every documented line switched on still start the programs, and the files as
 * shipped, completed as installer/README.md step 5 says, start both programs with real
 * devices. {@code -Dborne.shipped.config=DIR} checks another copy (an older release).
 */
class ShippedConfigTest {

    /** "key=value", possibly commented out: a documented setting. Prose never has '=' right after a word. */
    private static final Pattern SETTING = Pattern.compile("^#? ?([a-z][a-z0-9.-]*)=(.*)$");
    private static final String SECRET = java.util.Base64.getEncoder().encodeToString(new byte[32]);
    static final Path SHIPPED = Path.of(System.getProperty("borne.shipped.config", "../installer/src/deb/root/etc/borne"));

    @TempDir
    Path etc;

    @Test
    void every_documented_kiosk_key_is_an_option_of_the_kiosk_with_its_real_default() throws IOException {
        assertDocumentedKeysAreReal(kioskFile(), new CommandLine(new KioskOptions.Kiosk()));
    }

    @Test
    void every_documented_agent_key_is_an_option_of_the_agent_with_its_real_default() throws IOException {
        assertDocumentedKeysAreReal(SHIPPED.resolve(CheckConfigCommand.AGENT_FILE), new CommandLine(new SyncAgentMain()));
    }

    @Test
    void the_files_as_shipped_name_what_a_technician_must_fill_in() throws IOException {
        Path dir = installed(false);
        assertThatThrownBy(() -> KioskOptions.checkConfig(ConfigFile.read(dir.resolve("kiosk.properties"))))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("missing required key 'establishment': set it in " + dir.resolve("kiosk.properties"));
        assertThatThrownBy(() -> SyncAgentMain.checkConfig(ConfigFile.read(dir.resolve("sync-agent.properties"))))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("missing required key")
                .hasMessageContaining("kiosk-id");
    }

    @Test
    void completed_as_the_installer_readme_says_both_programs_start_with_real_devices() throws IOException {
        Path dir = installed(false);
        CtlRun.Result result = checkConfigOfCompleted(dir);

        assertThat(result.out())
                .contains("badge key (" + dir.resolve("badge.key") + ")")
                .containsPattern("key id = k1 +\\S+ rw-r-----")
                .doesNotContain(SECRET)
                .containsPattern("scanner = serial +" + Pattern.quote(dir.resolve("devices.properties") + " line "))
                .containsPattern("kiosk-id = rouen-1 +" + Pattern.quote(dir.resolve("sync-agent.properties") + " line "))
                .containsPattern("allotment = 2 +default")
                .contains("Configuration OK");
    }

    @Test
    void with_every_documented_line_switched_on_the_programs_still_start() throws IOException {
        checkConfigOfCompleted(installed(true));
    }

    /** check-config on the files completed as step 5 says: both programs would start. */
    private static CtlRun.Result checkConfigOfCompleted(Path dir) throws IOException {
        completeAsTheReadmeSays(dir);
        CtlRun.Result result = CtlRun.run(Clock.systemUTC(), "check-config", "--config-dir", dir.toString());
        assertThat(result.exitCode()).as(result.out() + result.err()).isZero();
        return result;
    }

    @Test
    void a_simulated_device_needs_demo_mode() throws IOException {
        Path dir = installed(false);
        completeAsTheReadmeSays(dir);
        Files.writeString(dir.resolve("devices.properties"),
                Files.readString(dir.resolve("devices.properties")).replace("scanner=serial\n", "scanner=simulated\n")
                        .replace("scanner.port=/dev/borne-scanner\n", ""));

        CtlRun.Result result = CtlRun.run(Clock.systemUTC(), "check-config", "--config-dir", dir.toString());

        assertThat(result.exitCode()).isEqualTo(Exit.PROBLEM);
        assertThat(result.out()).containsPattern("WOULD NOT START: .*devices.properties line \\d+: scanner=simulated; "
                + "a kiosk out of demo mode needs a real one");
    }

    @Test
    void without_the_badge_key_of_step_4_nothing_would_start_and_the_file_is_named() throws IOException {
        Path dir = installed(false);
        completeAsTheReadmeSays(dir);
        Files.delete(dir.resolve("badge.key"));

        CtlRun.Result result = CtlRun.run(Clock.systemUTC(), "check-config", "--config-dir", dir.toString());

        assertThat(result.exitCode()).isEqualTo(Exit.PROBLEM);
        assertThat(result.out()).contains("WOULD NOT START: cannot use the badge key file " + dir.resolve("badge.key")
                + " (BORNE_BADGE_KEY_FILE): no such file").doesNotContain("Configuration OK");
    }

    private static Path kioskFile() {
        return SHIPPED.resolve(CheckConfigCommand.KIOSK_FILE);
    }

    private static void assertDocumentedKeysAreReal(Path file, CommandLine program) throws IOException {
        List<String> problems = new ArrayList<>();
        List<String> lines = Files.readAllLines(file);
        for (int i = 0; i < lines.size(); i++) {
            Matcher m = SETTING.matcher(lines.get(i));
            if (!m.matches()) {
                continue;
            }
            String key = m.group(1);
            CommandLine.Model.OptionSpec option = option(program, key);
            if (option == null) {
                problems.add(file + " line " + (i + 1) + ": '" + key + "' is no option of " + program.getCommandName());
            } else if (lines.get(i).startsWith("#") && !m.group(2).isEmpty()
                    && !m.group(2).equals(String.valueOf(defaultOf(option)))) {
                problems.add(file + " line " + (i + 1) + ": shows " + key + "=" + m.group(2)
                        + " as the default, but the program's default is " + defaultOf(option));
            }
        }
        assertThat(problems).isEmpty();
    }

    private static CommandLine.Model.OptionSpec option(CommandLine program, String key) {
        CommandLine.Model.OptionSpec found = program.getCommandSpec().findOption("--" + key);
        if (found != null) {
            return found;
        }
        return program.getSubcommands().values().stream().map(sub -> option(sub, key))
                .filter(o -> o != null).findFirst().orElse(null);
    }

    private static Object defaultOf(CommandLine.Model.OptionSpec option) {
        if (option.defaultValue() != null) {
            return option.defaultValue();
        }
        return option.type() == boolean.class ? "false" : null;
    }

    /** The shipped files copied as the package installs them, paths moved under a temporary /etc/borne. */
    private Path installed(boolean everyLineOn) throws IOException {
        Path dir = Files.createDirectories(etc.resolve("borne"));
        Path certificates = Files.createDirectories(dir.resolve("certificates"));
        for (String name : List.of("kiosk.pem", "kiosk.key", "central-ca.pem")) {
            Files.writeString(certificates.resolve(name), "PEM\n");
        }
        // step 4: the enrolment's badge key, 0640
        Files.writeString(dir.resolve("badge.key"), "k1:" + SECRET + "\n");
        Files.setPosixFilePermissions(dir.resolve("badge.key"), java.nio.file.attribute.PosixFilePermissions.fromString("rw-r-----"));
        for (String name : List.of("kiosk.properties", "sync-agent.properties", "devices.properties")) {
            String text = Files.readString(SHIPPED.resolve(name)).replace("/etc/borne/", dir + "/");
            if (everyLineOn) {
                text = text.lines().map(line -> SETTING.matcher(line).matches() ? line.replaceFirst("^# ?", "") : line)
                        .reduce("", (all, line) -> all + line + "\n");
            }
            Files.writeString(dir.resolve(name), text);
        }
        return dir;
    }

    /** installer/README.md step 5: the identity lines filled in, uncommented. */
    private static void completeAsTheReadmeSays(Path dir) throws IOException {
        fill(dir.resolve("kiosk.properties"), "establishment", "rouen");
        fill(dir.resolve("sync-agent.properties"), "kiosk-id", "rouen-1");
        fill(dir.resolve("sync-agent.properties"), "establishment", "rouen");
        fill(dir.resolve("sync-agent.properties"), "central", "https://central.example.org");
    }

    private static void fill(Path file, String key, String value) throws IOException {
        String text = Files.readString(file);
        String filled = text.replaceFirst("(?m)^#? ?" + Pattern.quote(key) + "=.*$", key + "=" + value);
        assertThat(filled).as("%s has a line for %s", file, key).isNotEqualTo(text);
        Files.writeString(file, filled);
    }
}
