package fr.borne.installer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** borne-udev-rules turns the USB ids of devices.properties into /dev/borne-scanner and /dev/borne-printer. */
class UdevRulesScriptTest {

    @TempDir
    Path tmp;

    private Command.Result rules(String properties, String... options) throws IOException {
        Path config = tmp.resolve("devices.properties");
        Files.writeString(config, properties);
        List<String> argv = new java.util.ArrayList<>(List.of("sh",
                Scripts.source("usr/lib/borne/borne-udev-rules").toString(),
                "--config", config.toString(), "--output", tmp.resolve("rules.d/70-borne.rules").toString()));
        argv.addAll(List.of(options));
        // No udevadm on this PATH: nothing on the build machine is reloaded.
        return new Command(argv, Map.of("PATH", "/usr/bin:/bin"), tmp).run();
    }

    private String written() throws IOException {
        return Files.readString(tmp.resolve("rules.d/70-borne.rules"));
    }

    @Test
    void ids_from_devices_properties_name_the_scanner_and_printer_with_their_groups() throws IOException {
        Command.Result result = rules("scanner.usb-ids = 0C2E:0B61, 05f9\nprinter.usb-ids=04b8:0e15\n");

        assertThat(result.exitCode()).as(result.both()).isZero();
        assertThat(written().lines()).contains(
                "SUBSYSTEM==\"tty\", ATTRS{idVendor}==\"0c2e\", ATTRS{idProduct}==\"0b61\", SYMLINK+=\"borne-scanner\","
                        + " GROUP=\"dialout\", MODE=\"0660\", ENV{ID_MM_DEVICE_IGNORE}=\"1\"",
                "SUBSYSTEM==\"tty\", ATTRS{idVendor}==\"05f9\", SYMLINK+=\"borne-scanner\","
                        + " GROUP=\"dialout\", MODE=\"0660\", ENV{ID_MM_DEVICE_IGNORE}=\"1\"",
                "SUBSYSTEM==\"usbmisc\", KERNEL==\"lp[0-9]*\", ATTRS{idVendor}==\"04b8\", ATTRS{idProduct}==\"0e15\","
                        + " SYMLINK+=\"borne-printer\", GROUP=\"lp\", MODE=\"0660\"");
        assertThat(written()).doesNotContain("0519").doesNotContain("0c2e\", SYMLINK");
    }

    @Test
    void a_commented_file_leaves_the_packaged_defaults_in_force() throws IOException {
        Files.createDirectories(tmp.resolve("rules.d"));
        Files.writeString(tmp.resolve("rules.d/70-borne.rules"), "# an earlier local copy\n");

        Command.Result result = rules("# scanner.usb-ids=0c2e\n# printer.usb-ids=04b8\n");

        assertThat(result.exitCode()).isZero();
        assertThat(tmp.resolve("rules.d/70-borne.rules")).doesNotExist();
    }

    @Test
    void defaults_cover_the_documented_makers() throws IOException {
        Command.Result result = rules("", "--defaults");

        assertThat(result.exitCode()).isZero();
        for (String vendor : List.of("0c2e", "05e0", "05f9")) {
            assertThat(written()).contains("ATTRS{idVendor}==\"" + vendor + "\", SYMLINK+=\"borne-scanner\"");
        }
        for (String vendor : List.of("04b8", "0519", "1504")) {
            assertThat(written()).contains("ATTRS{idVendor}==\"" + vendor + "\", SYMLINK+=\"borne-printer\"");
        }
        assertThat(Files.readString(Scripts.source("etc/borne/devices.properties")))
                .as("devices.properties documents the same defaults")
                .contains("# scanner.usb-ids=0c2e 05e0 05f9", "# printer.usb-ids=04b8 0519 1504");
    }

    @Test
    void a_malformed_id_is_refused_and_nothing_is_written() throws IOException {
        Command.Result result = rules("printer.usb-ids=04b8:zz\n");

        assertThat(result.exitCode()).isNotZero();
        assertThat(result.err()).contains("'04b8:zz'", "not a USB id");
        assertThat(tmp.resolve("rules.d/70-borne.rules")).doesNotExist();
    }
}
