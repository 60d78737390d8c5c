package fr.borne.kiosk.config;

import fr.borne.config.ConfigException;
import fr.borne.kiosk.access.KeypadAction;
import fr.borne.kiosk.access.KeypadKeys;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The keypad and the voice in devices.properties: strict like the other devices, and never the loudspeaker. */
class GuidanceDevicesTest {

    private static final String DEVICES = "scanner=serial\nscanner.port=/dev/borne-scanner\nprinter=usb\n"
            + "printer.device=/dev/borne-printer\nindicator=none\n";

    @TempDir
    Path dir;

    private Path devices(String guidance) throws IOException {
        return Files.writeString(dir.resolve("devices.properties"), DEVICES + guidance);
    }

    @Test
    void without_guidance_lines_neither_keypad_nor_voice() throws IOException {
        Path file = devices("");
        assertThat(KioskDevices.guidance(file)).isEqualTo(GuidanceDevices.none());
        assertThat(KioskDevices.load(file, false).printer()).isNotNull();
    }

    @Test
    void a_usb_keypad_with_its_own_codes_and_the_voice_on_the_headset() throws IOException {
        Path file = devices("keypad=usb\nkeypad.back=BACK_SPACE\nkeypad.help=numpad5\n"
                + "speech=espeak\nspeech.device=plughw:CARD=Headset,DEV=0\nspeech.headset-card=Headset\n");
        GuidanceDevices guidance = KioskDevices.guidance(file);
        KeypadKeys keys = guidance.keypad().orElseThrow();
        assertThat(keys.code(KeypadAction.BACK)).isEqualTo(KeyCode.BACK_SPACE);
        assertThat(keys.code(KeypadAction.HELP)).isEqualTo(KeyCode.NUMPAD5);
        assertThat(keys.code(KeypadAction.UP)).isEqualTo(KeyCode.UP);
        assertThat(guidance.speechDevice()).contains("plughw:CARD=Headset,DEV=0");
        assertThat(guidance.headsetCard()).contains("Headset");
        // the other devices do not see the guidance's keys
        assertThat(KioskDevices.load(file, false).scanner()).isNotNull();
    }

    @Test
    void the_loudspeaker_is_refused_and_a_voice_needs_its_headset() throws IOException {
        Path loud = devices("speech=espeak\nspeech.device=default\n");
        assertThatThrownBy(() -> KioskDevices.guidance(loud)).isInstanceOf(ConfigException.class)
                .hasMessageStartingWith(loud + " line 7: speech.device=default: name the headset's own device");
        Path none = devices("speech=espeak\n");
        assertThatThrownBy(() -> KioskDevices.load(none, false))
                .hasMessageStartingWith(none + " line 6: speech=espeak needs speech.device");
    }

    @Test
    void bad_codes_shared_keys_and_unknown_keys_are_named_by_their_line() throws IOException {
        Path bad = devices("keypad=usb\nkeypad.up=ARROW_UP\n");
        assertThatThrownBy(() -> KioskDevices.guidance(bad))
                .hasMessageStartingWith(bad + " line 7: keypad.up=ARROW_UP: expected a JavaFX key code name");
        Path shared = devices("keypad=usb\nkeypad.help=ENTER\n");
        assertThatThrownBy(() -> KioskDevices.guidance(shared))
                .hasMessage(shared + " line 7: keypad.help=ENTER: that key already does something else");
        Path unknown = devices("keypad=usb\nkeypad.left=LEFT\n");
        assertThatThrownBy(() -> KioskDevices.load(unknown, false))
                .hasMessage(unknown + " line 7: unknown key keypad.left, or one that keypad=usb does not use");
        Path withoutKeypad = devices("keypad.up=UP\n");
        assertThatThrownBy(() -> KioskDevices.guidance(withoutKeypad))
                .hasMessage(withoutKeypad + " line 6: unknown key keypad.up, or one that keypad=none does not use");
        Path deviceWithoutVoice = devices("speech.device=plughw:1\n");
        assertThatThrownBy(() -> KioskDevices.guidance(deviceWithoutVoice))
                .hasMessage(deviceWithoutVoice + " line 6: speech.device is set but speech=none; set speech=espeak");
    }

    @Test
    void demo_mode_without_a_devices_file_has_the_keypad_on_the_keyboard_and_no_voice() {
        assertThat(GuidanceDevices.demo().keypad()).contains(KeypadKeys.defaults());
        assertThat(GuidanceDevices.demo().speechDevice()).isEqualTo(Optional.empty());
    }
}
