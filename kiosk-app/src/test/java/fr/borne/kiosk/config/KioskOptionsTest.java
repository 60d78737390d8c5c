package fr.borne.kiosk.config;

import fr.borne.config.ConfigException;
import fr.borne.config.ConfigFile;
import fr.borne.device.config.PrinterConfig;
import fr.borne.device.config.ScannerConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The kiosk's start-up checks: nothing falls back to a simulator or a demo default without demo mode. */
class KioskOptionsTest {

    @TempDir
    Path dir;

    @Test
    void the_keys_the_old_devices_file_documented_are_refused_with_their_line() throws IOException {
        Path devices = Files.writeString(dir.resolve("devices.properties"), "# scanner\nscanner.type=serial\n");
        assertThatThrownBy(() -> KioskDevices.load(devices, false))
                .isInstanceOf(ConfigException.class)
                .hasMessage(devices + " line 2: unknown key scanner.type, or one that scanner=simulated, "
                        + "printer=simulated and indicator=simulated do not use");
    }

    @Test
    void out_of_demo_mode_an_unset_device_is_not_quietly_simulated() throws IOException {
        Path devices = Files.writeString(dir.resolve("devices.properties"),
                "scanner=serial\nscanner.port=/dev/borne-scanner\nindicator=none\n");
        assertThatThrownBy(() -> KioskDevices.load(devices, false))
                .hasMessage(devices + ": printer is not set, which means a simulated printer; a kiosk out of demo "
                        + "mode needs a real one (printer=usb, serial or tcp), or demo=true in the kiosk's configuration");
        assertThat(KioskDevices.load(devices, true).printer()).isInstanceOf(PrinterConfig.Simulated.class);
    }

    @Test
    void real_devices_and_a_bad_value_named_by_its_line() throws IOException {
        Path devices = Files.writeString(dir.resolve("devices.properties"),
                "scanner=serial\nscanner.port=/dev/borne-scanner\nprinter=tcp\nprinter.host=10.0.0.5\nindicator=none\n");
        assertThat(KioskDevices.load(devices, false).scanner()).isInstanceOf(ScannerConfig.Serial.class);

        Files.writeString(devices, "scanner.baud=fast\n", java.nio.file.StandardOpenOption.APPEND);
        assertThatThrownBy(() -> KioskDevices.load(devices, false))
                .hasMessage(devices + " line 6: scanner.baud=fast: expected a whole number");
        Files.writeString(devices, "scanner=serial\nscanner.port=/dev/x\nprinter=usb\nindicator=none\nprinter.usb-ids=04b8 zz\n");
        assertThatThrownBy(() -> KioskDevices.load(devices, false)).hasMessageStartingWith(devices + " line 5: printer.usb-ids");
    }

    @Test
    void without_demo_the_replica_the_establishment_and_the_devices_are_required() throws IOException {
        Path kiosk = Files.writeString(dir.resolve("kiosk.properties"), "db=/var/lib/borne/borne.db\nidle-seconds=60\n");
        assertThatThrownBy(() -> KioskOptions.checkConfig(ConfigFile.read(kiosk)))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("missing required key 'establishment': set it in " + kiosk)
                .hasMessageContaining("missing required key 'devices'");
    }

    @Test
    void the_agent_is_asked_on_loopback_only() throws IOException {
        Path devices = Files.writeString(dir.resolve("devices.properties"),
                "scanner=keyboard\nprinter=usb\nindicator=none\n");
        Path kiosk = Files.writeString(dir.resolve("kiosk.properties"), "db=/var/lib/borne/borne.db\n"
                + "establishment=rouen\ndevices=" + devices + "\nagent-local=http://10.0.0.9:18090\n");
        assertThatThrownBy(() -> KioskOptions.checkConfig(ConfigFile.read(kiosk)))
                .hasMessageContaining(kiosk + " line 4: agent-local=http://10.0.0.9:18090");
        Files.writeString(kiosk, Files.readString(kiosk).replace("10.0.0.9", "127.0.0.1"));
        assertThat(KioskOptions.checkConfig(ConfigFile.read(kiosk))).isNotEmpty();
    }

    @Test
    void a_kiosk_without_the_demo_module_as_packaged_refuses_demo_mode_and_so_the_demo_technician() throws IOException {
        assertThat(fr.borne.kiosk.demo.KioskDemo.installed()).as("the demo module is not on the kiosk's class path").isEmpty();
        Path kiosk = Files.writeString(dir.resolve("kiosk.properties"), "# a technician tries\ndemo=true\n");
        assertThatThrownBy(() -> KioskOptions.checkConfig(ConfigFile.read(kiosk)))
                .hasMessage(kiosk + " line 2: demo=true: Invalid value for option '--demo': 'true': demo mode needs "
                        + "the kiosk-demo module, which the Debian package does not install");
    }
}
