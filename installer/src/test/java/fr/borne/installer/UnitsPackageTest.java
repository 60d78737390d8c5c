package fr.borne.installer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The packaged systemd units pass `systemd-analyze verify` in a root made of the package's
 * files, the host's standard units and a stand-in cage, and say what a kiosk needs.
 */
class UnitsPackageTest {

    private static final String KIOSK = "lib/systemd/system/borne-kiosk.service";
    private static final String AGENT = "lib/systemd/system/borne-sync-agent.service";

    @TempDir
    Path root;

    @BeforeAll
    static void tools() {
        Command.requireTool("dpkg-deb");
        Command.requireTool("systemd-analyze");
    }

    @BeforeEach
    void buildRoot() throws IOException {
        BuiltPackages.extract(BuiltPackages.deb("amd64"), root);
        // Targets and services the units refer to (network-online.target, getty@.service...).
        Path hostUnits = Path.of("/lib/systemd/system");
        Path units = root.resolve("lib/systemd/system");
        try (Stream<Path> files = Files.list(hostUnits)) {
            for (Path unit : files.filter(Files::isRegularFile).toList()) {
                Path target = units.resolve(unit.getFileName().toString());
                if (!Files.exists(target)) {
                    Files.copy(unit, target, StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        }
        Path cage = root.resolve("usr/bin/cage");
        Files.writeString(cage, "#!/bin/sh\n");
        Files.setPosixFilePermissions(cage, PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    private Command.Result verify(String... units) {
        List<String> argv = new java.util.ArrayList<>(List.of("systemd-analyze", "verify", "--man=no",
                "--root=" + root));
        for (String unit : units) {
            argv.add(root.resolve(unit).toString());
        }
        return new Command(argv, java.util.Map.of("SYSTEMD_LOG_COLOR", "0"), null).run();
    }

    @Test
    void both_units_pass_systemd_analyze_verify() {
        Command.Result result = verify(KIOSK, AGENT);
        assertThat(result.exitCode()).as(result.both()).isZero();
        assertThat(result.both()).as("no complaint").isBlank();
    }

    @Test
    void verify_would_catch_a_unit_whose_program_is_missing() throws IOException {
        Files.delete(root.resolve("usr/lib/borne/borne-supervise"));
        Command.Result result = verify(AGENT);
        assertThat(result.exitCode()).isNotZero();
        assertThat(result.both()).contains("borne-supervise");
    }

    @Test
    void sync_agent_runs_as_its_own_user_restarts_always_is_watched_and_may_write_only_its_data() throws IOException {
        String unit = Files.readString(root.resolve(AGENT));
        assertThat(unit.lines()).contains(
                "Type=notify", "NotifyAccess=all", "Restart=always", "WatchdogSec=60",
                "ExecStart=/usr/lib/borne/borne-supervise /usr/bin/borne-sync-agent run",
                "User=borne-agent", "SupplementaryGroups=borne-data", "UMask=0007",
                "ProtectSystem=strict", "ReadWritePaths=/var/lib/borne -/run/borne-local-token",
                "NoNewPrivileges=yes", "PrivateTmp=yes", "PrivateDevices=yes", "ProtectHome=yes",
                "WantedBy=multi-user.target");
    }

    @Test
    void kiosk_runs_cage_on_tty1_as_its_own_user_in_a_login_session_sandboxed_and_watched() throws IOException {
        String unit = Files.readString(root.resolve(KIOSK));
        assertThat(unit.lines()).contains(
                "Type=notify", "Restart=always", "WatchdogSec=30", "StartLimitIntervalSec=0",
                "ExecStart=/usr/lib/borne/borne-supervise /usr/bin/cage -d -- /usr/bin/borne-kiosk",
                "ExecStartPre=+/usr/lib/borne/borne-console-setup /dev/tty1",
                "Environment=GDK_BACKEND=x11", "User=borne-kiosk", "SupplementaryGroups=borne-data", "UMask=0007",
                "PAMName=login", "TTYPath=/dev/tty1", "Conflicts=getty@tty1.service", "NoNewPrivileges=yes",
                "ProtectSystem=strict", "PrivateTmp=yes", "CapabilityBoundingSet=",
                "RestrictAddressFamilies=AF_UNIX AF_INET AF_INET6 AF_NETLINK", "WantedBy=multi-user.target");
        assertThat(unit).doesNotContain("User=root").doesNotContain("User=borne-agent");
    }

    /**
     * systemd-analyze security, offline, on the packaged units: the exposure score of each
     * (0 safest, 10 most exposed) stays within its goal. The scores are printed for the build log.
     */
    @ParameterizedTest
    @CsvSource({"lib/systemd/system/borne-sync-agent.service, 2.0", "lib/systemd/system/borne-kiosk.service, 4.0"})
    void each_units_exposure_stays_within_its_goal(String unit, double goal) {
        Command.Result result = new Command(List.of("systemd-analyze", "security", "--offline=yes", "--no-pager",
                root.resolve(unit).toString()), java.util.Map.of("SYSTEMD_LOG_COLOR", "0", "SYSTEMD_COLORS", "0"), null).run();
        java.util.regex.Matcher score = java.util.regex.Pattern.compile("Overall exposure level for (\\S+): ([0-9.]+)")
                .matcher(result.out());
        assertThat(score.find()).as(result.both()).isTrue();
        System.out.println("systemd-analyze security: " + score.group(1) + " exposure " + score.group(2)
                + " (goal <= " + goal + ")");
        assertThat(Double.parseDouble(score.group(2))).as(score.group(1)).isLessThanOrEqualTo(goal);
    }
}
