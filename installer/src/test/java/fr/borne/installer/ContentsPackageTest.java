package fr.borne.installer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipFile;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What each built package holds, with which owner and mode, and what it depends on. */
class ContentsPackageTest {

    /** ELF e_machine of the JavaFX native libraries each architecture must carry. */
    private static final Map<String, Integer> ELF_MACHINE = Map.of("amd64", 0x3E, "arm64", 0xB7);

    @BeforeAll
    static void tools() {
        Command.requireTool("dpkg-deb");
    }

    /** One line of `dpkg-deb -c`: mode, owner, path. */
    record Entry(String mode, String owner, String path) {
        static Entry parse(String line) {
            String[] f = line.trim().split("\\s+");
            String path = f[5].startsWith("./") ? f[5].substring(1) : f[5];
            return new Entry(f[0], f[1], path.endsWith("/") && path.length() > 1 ? path.substring(0, path.length() - 1) : path);
        }
    }

    private static Map<String, Entry> entries(String arch) {
        String listing = Command.of("dpkg-deb", "-c", BuiltPackages.deb(arch).toString()).succeeds().out();
        return Arrays.stream(listing.split("\n")).filter(l -> !l.isBlank()).map(Entry::parse)
                .collect(Collectors.toMap(Entry::path, Function.identity()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"amd64", "arm64"})
    void holds_the_launchers_units_rules_and_configuration_with_their_modes(String arch) {
        Map<String, Entry> files = entries(arch);

        assertThat(files).containsKeys(
                "/usr/bin/borne-kiosk", "/usr/bin/borne-sync-agent",
                "/usr/lib/borne/borne-launch", "/usr/lib/borne/borne-supervise",
                "/usr/lib/borne/borne-udev-rules", "/usr/lib/borne/borne-console-setup",
                "/lib/systemd/system/borne-kiosk.service", "/lib/systemd/system/borne-sync-agent.service",
                "/lib/udev/rules.d/70-borne.rules",
                "/etc/borne/kiosk.properties", "/etc/borne/sync-agent.properties", "/etc/borne/devices.properties",
                "/etc/borne/logback.xml",
                "/usr/share/doc/borne/copyright", "/usr/share/doc/borne/changelog.gz",
                "/usr/share/man/man1/borne-kiosk.1.gz", "/usr/share/man/man1/borne-sync-agent.1.gz",
                "/usr/share/lintian/overrides/borne");
        assertThat(files.values()).allSatisfy(e -> assertThat(e.owner()).as(e.path()).isEqualTo("root/root"));
        assertThat(files.get("/usr/bin/borne-kiosk").mode()).isEqualTo("-rwxr-xr-x");
        assertThat(files.get("/usr/lib/borne/borne-supervise").mode()).isEqualTo("-rwxr-xr-x");
        assertThat(files.get("/etc/borne/kiosk.properties").mode()).isEqualTo("-rw-r--r--");
        assertThat(files.get("/lib/systemd/system/borne-kiosk.service").mode()).isEqualTo("-rw-r--r--");
        assertThat(files.get("/var/lib/borne").mode()).as("data folder").isEqualTo("drwx------");
        assertThat(files.get("/etc/borne/certificates").mode()).as("certificates").isEqualTo("drwxr-x---");
    }

    @ParameterizedTest
    @ValueSource(strings = {"amd64", "arm64"})
    void carries_the_javafx_native_libraries_of_its_own_architecture(String arch, @TempDir Path tmp)
            throws IOException {
        Path root = BuiltPackages.extract(BuiltPackages.deb(arch), tmp);
        Path javafx = root.resolve("usr/share/borne/lib/javafx");
        String classifier = arch.equals("amd64") ? "linux" : "linux-aarch64";
        try (Stream<Path> jars = Files.list(javafx)) {
            assertThat(jars.map(p -> p.getFileName().toString()).toList())
                    .contains("javafx-base-21.0.12-" + classifier + ".jar",
                            "javafx-graphics-21.0.12-" + classifier + ".jar",
                            "javafx-controls-21.0.12-" + classifier + ".jar")
                    .allMatch(name -> name.endsWith("-" + classifier + ".jar"), "only " + classifier + " jars");
        }
        try (ZipFile graphics = new ZipFile(javafx.resolve("javafx-graphics-21.0.12-" + classifier + ".jar").toFile());
             InputStream glass = graphics.getInputStream(graphics.getEntry("libglassgtk3.so"))) {
            byte[] header = glass.readNBytes(20);
            int machine = (header[18] & 0xFF) | (header[19] & 0xFF) << 8;
            assertThat(machine).as("ELF machine of libglassgtk3.so in the %s package", arch)
                    .isEqualTo(ELF_MACHINE.get(arch));
        }
        try (Stream<Path> lib = Files.list(root.resolve("usr/share/borne/lib"))) {
            assertThat(lib.map(p -> p.getFileName().toString()))
                    .as("no JavaFX jar on the class path").noneMatch(name -> name.startsWith("javafx-"));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"amd64", "arm64"})
    void control_names_the_architecture_and_the_runtime_dependencies(String arch) {
        Map<String, String> control = BuiltPackages.controlFields(BuiltPackages.deb(arch));

        assertThat(control.get("Package")).isEqualTo("borne");
        assertThat(control.get("Architecture")).isEqualTo(arch);
        List<String> depends = Arrays.stream(control.get("Depends").split(","))
                .map(String::trim).toList();
        assertThat(depends).contains(
                "openjdk-17-jre-headless | java17-runtime-headless",
                "libgtk-3-0", "cage", "xwayland", "adduser", "libpam-systemd", "sqlite3", "udev");
    }

    @Test
    void conffiles_are_exactly_the_files_shipped_in_etc(@TempDir Path tmp) throws IOException {
        Path deb = BuiltPackages.deb("amd64");
        List<String> conffiles = Files.readAllLines(BuiltPackages.extractControl(deb, tmp.resolve("control"))
                .resolve("conffiles")).stream().filter(l -> !l.isBlank()).sorted().toList();
        List<String> inEtc = entries("amd64").values().stream()
                .filter(e -> e.path().startsWith("/etc/") && e.mode().startsWith("-"))
                .map(Entry::path).sorted().toList();
        assertThat(conffiles).isEqualTo(inEtc).isNotEmpty();
    }

    @Test
    void changelog_carries_the_package_version(@TempDir Path tmp) throws IOException {
        Path deb = BuiltPackages.deb("amd64");
        String version = BuiltPackages.controlFields(deb).get("Version");
        Path root = BuiltPackages.extract(deb, tmp);
        try (InputStream in = new GZIPInputStream(Files.newInputStream(root.resolve("usr/share/doc/borne/changelog.gz")))) {
            String changelog = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            assertThat(changelog).startsWith("borne (" + version + ") ");
        }
    }

    @Test
    void launchers_start_the_packaged_applications(@TempDir Path tmp) throws IOException {
        Path root = BuiltPackages.extract(BuiltPackages.deb("amd64"), tmp);
        assertThat(Files.readString(root.resolve("usr/bin/borne-kiosk")))
                .contains("borne-launch kiosk " + BuiltPackages.kioskMain() + " \"$@\"");
        assertThat(Files.readString(root.resolve("usr/bin/borne-sync-agent")))
                .contains("borne-launch sync-agent " + BuiltPackages.agentMain() + " \"$@\"");
        assertThat(Files.readString(root.resolve("usr/lib/borne/borne-launch")).lines())
                .as("every program, the units' and borne-ctl, hashes badges with the deployment's key")
                .contains("badge_key=${BORNE_BADGE_KEY_FILE:-$config_dir/badge.key}")
                .anyMatch(line -> line.startsWith("export ") && line.contains("BORNE_BADGE_KEY_FILE=\"$badge_key\""));
        try (Stream<Path> lib = Files.list(root.resolve("usr/share/borne/lib"))) {
            List<String> jars = lib.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".jar")).toList();
            if (BuiltPackages.appKind().equals("apps")) {
                assertThat(jars).anyMatch(n -> n.startsWith("kiosk-app-"))
                        .anyMatch(n -> n.startsWith("sync-agent-"))
                        .anyMatch(n -> n.startsWith("booking-core-"))
                        .noneMatch(n -> n.contains("standin"));
            } else {
                assertThat(jars).singleElement().asString().endsWith("-standin.jar");
            }
        }
    }

    @Test
    void the_technician_tool_is_packaged_exactly_when_it_was_built(@TempDir Path tmp) throws IOException {
        Path root = BuiltPackages.extract(BuiltPackages.deb("amd64"), tmp);
        Path launcher = root.resolve("usr/bin/borne-ctl");
        String main = BuiltPackages.technicianMain();
        if (main.isEmpty()) {
            assertThat(launcher).doesNotExist();
            assertThat(root.resolve("usr/share/man/man1/borne-ctl.1.gz")).doesNotExist();
        } else {
            assertThat(Files.readString(launcher)).contains("borne-launch technician " + main + " \"$@\"");
            assertThat(launcher.toFile().canExecute()).isTrue();
            assertThat(root.resolve("usr/share/man/man1/borne-ctl.1.gz")).isRegularFile();
            try (Stream<Path> lib = Files.list(root.resolve("usr/share/borne/lib"))) {
                assertThat(lib.map(p -> p.getFileName().toString())).anyMatch(n -> n.startsWith("technician-cli-"));
            }
        }
    }
}
