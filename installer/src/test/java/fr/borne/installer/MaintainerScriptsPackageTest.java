package fr.borne.installer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The maintainer scripts of the built package: POSIX shell with set -e, and postinst's account
 * handling run against recording stand-ins for the system commands (the real install into a
 * throwaway root is test-install.sh).
 */
class MaintainerScriptsPackageTest {

    /** System commands postinst may call; each stand-in logs its arguments. */
    private static final List<String> RECORDED = List.of("addgroup", "adduser", "deluser", "delgroup", "chown",
            "chmod", "install", "dpkg-statoverride", "deb-systemd-helper", "deb-systemd-invoke", "systemctl", "sqlite3",
            "udevadm", "systemd-tmpfiles");

    @TempDir
    Path tmp;
    Path control;
    Path bin;
    Path log;

    @BeforeAll
    static void tools() {
        Command.requireTool("dpkg-deb");
    }

    @BeforeEach
    void extract() throws IOException {
        control = BuiltPackages.extractControl(BuiltPackages.deb("amd64"), tmp.resolve("control"));
        bin = Files.createDirectories(tmp.resolve("bin"));
        log = tmp.resolve("calls.log");
        Files.createFile(log);
        for (String command : RECORDED) {
            stub(command, "echo \"" + command + " $*\" >> " + log + "\n"
                    + (command.equals("dpkg-statoverride") ? "exit 1\n" : "exit 0\n"));
        }
    }

    private void stub(String name, String body) throws IOException {
        Path file = bin.resolve(name);
        Files.writeString(file, "#!/bin/sh\n" + body);
        file.toFile().setExecutable(true);
    }

    /** getent answers from the given accounts and groups, as a system that has exactly those. */
    private void system(List<String> users, List<String> groups) throws IOException {
        stub("getent", "case \"$1\" in\n"
                + "  passwd) for u in " + String.join(" ", users) + "; do [ \"$u\" = \"$2\" ] && exit 0; done ;;\n"
                + "  group) for g in " + String.join(" ", groups) + "; do [ \"$g\" = \"$2\" ] && exit 0; done ;;\n"
                + "esac\nexit 2\n");
    }

    private Command.Result postinst(String... args) {
        List<String> argv = new java.util.ArrayList<>(List.of("sh", control.resolve("postinst").toString()));
        argv.addAll(List.of(args));
        return new Command(argv, Map.of("PATH", bin + ":/usr/bin:/bin"), tmp).run();
    }

    private List<String> calls() throws IOException {
        return Files.readAllLines(log);
    }

    @ParameterizedTest
    @ValueSource(strings = {"postinst", "prerm", "postrm"})
    void scripts_are_posix_shell_that_stop_at_the_first_error(String script) throws IOException {
        Path file = control.resolve(script);
        List<String> lines = Files.readAllLines(file);
        assertThat(lines.get(0)).isEqualTo("#!/bin/sh");
        assertThat(lines).contains("set -e");
        assertThat(file.toFile().canExecute()).isTrue();
        Command.of("dash", "-n", file.toString()).succeeds();
    }

    @Test
    void first_install_creates_two_users_sharing_the_replica_and_device_groups_that_exist_for_the_kiosk_only()
            throws IOException {
        system(List.of("root"), List.of("root", "dialout", "lp", "video", "input"));

        Command.Result result = postinst("configure", "");

        assertThat(result.exitCode()).as(result.both()).isZero();
        assertThat(calls()).contains(
                "addgroup --system --quiet borne-data",
                "adduser --system --quiet --group --home /var/lib/borne --no-create-home"
                        + " --shell /usr/sbin/nologin --gecos Borne sync agent borne-agent",
                "adduser --system --quiet --group --home /var/lib/borne-kiosk --no-create-home"
                        + " --shell /usr/sbin/nologin --gecos Borne kiosk screen borne-kiosk",
                "adduser --quiet borne-agent borne-data", "adduser --quiet borne-kiosk borne-data",
                "adduser --quiet borne-kiosk dialout", "adduser --quiet borne-kiosk lp", "adduser --quiet borne-kiosk video",
                "chown borne-agent:borne-data /var/lib/borne", "chmod 2770 /var/lib/borne",
                "chown root:borne-agent /etc/borne/certificates", "chmod 0750 /etc/borne/certificates",
                "systemd-tmpfiles --create borne.conf",
                "deb-systemd-helper enable borne-sync-agent.service",
                "deb-systemd-helper enable borne-kiosk.service");
        assertThat(calls()).as("the kiosk needs no input group; the agent no device at all")
                .noneMatch(c -> c.matches("adduser --quiet borne-kiosk (gpio|input|render)"))
                .noneMatch(c -> c.matches("adduser --quiet borne-agent (dialout|lp|video|input|render|gpio)"))
                .noneMatch(c -> c.startsWith("deluser"));
    }

    @Test
    void running_it_again_creates_nothing_twice_and_an_upgrade_drops_the_old_shared_user() throws IOException {
        system(List.of("root", "borne", "borne-agent", "borne-kiosk"),
                List.of("root", "borne", "borne-data", "borne-agent", "borne-kiosk", "dialout", "gpio"));

        Command.Result result = postinst("configure", "");

        assertThat(result.exitCode()).as(result.both()).isZero();
        assertThat(calls()).noneMatch(c -> c.startsWith("addgroup") || c.startsWith("adduser --system"))
                .contains("adduser --quiet borne-kiosk dialout", "adduser --quiet borne-kiosk gpio",
                        "deluser --quiet --system borne", "delgroup --quiet --system borne");
    }

    @Test
    void an_administrators_statoverride_on_the_data_folder_is_respected() throws IOException {
        system(List.of("root", "borne-agent", "borne-kiosk"), List.of("root", "borne-data", "borne-agent", "borne-kiosk"));
        stub("dpkg-statoverride", "echo \"dpkg-statoverride $*\" >> " + log + "\nexit 0\n");

        assertThat(postinst("configure", "").exitCode()).isZero();

        assertThat(calls()).noneMatch(c -> c.startsWith("chown") || c.startsWith("chmod"));
    }

    @Test
    void unknown_action_fails() throws IOException {
        system(List.of("root"), List.of("root"));
        assertThat(postinst("triggered").exitCode()).isNotZero();
    }
}
