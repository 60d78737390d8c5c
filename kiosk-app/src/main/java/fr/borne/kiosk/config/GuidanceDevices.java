package fr.borne.kiosk.config;

import fr.borne.config.ConfigException;
import fr.borne.config.ConfigFile;
import fr.borne.kiosk.access.KeypadAction;
import fr.borne.kiosk.access.KeypadKeys;
import javafx.scene.input.KeyCode;

import java.util.Locale;
import java.util.Optional;
import java.util.Properties;

/**
 * The audio guidance's devices in {@code devices.properties}: the tactile keypad and its key
 * codes ({@code keypad=usb}, {@code keypad.up=UP}…), the voice ({@code speech=espeak}) and the
 * headset's ALSA device ({@code speech.device}), never the loudspeaker, and the ALSA card
 * whose presence means a headset is plugged in ({@code speech.headset-card}). Every error
 * names the key, the file and the line.
 *
 * @param keypad       the keypad's keys, when the kiosk has one
 * @param speechDevice the headset's ALSA device, when the kiosk speaks
 * @param headsetCard  the ALSA card of a USB headset, when its presence can be seen
 */
public record GuidanceDevices(Optional<KeypadKeys> keypad, Optional<String> speechDevice, Optional<String> headsetCard) {

    /** Neither keypad nor voice. */
    public static GuidanceDevices none() {
        return new GuidanceDevices(Optional.empty(), Optional.empty(), Optional.empty());
    }

    /** Demo mode without a devices file: the keypad's default keys on the keyboard, no voice. */
    public static GuidanceDevices demo() {
        return new GuidanceDevices(Optional.of(KeypadKeys.defaults()), Optional.empty(), Optional.empty());
    }

    static boolean owns(String key) {
        return key.equals("keypad") || key.startsWith("keypad.") || key.equals("speech") || key.startsWith("speech.");
    }

    /** Reads the guidance's keys of {@code file}, removing them from {@code properties} (the other devices' keys stay). */
    static GuidanceDevices take(ConfigFile file, Properties properties) {
        properties.keySet().removeIf(key -> owns((String) key));
        String keypad = value(file, "keypad").orElse("none");
        Optional<KeypadKeys> keys = Optional.empty();
        if (keypad.equals("usb")) {
            KeypadKeys chosen = KeypadKeys.defaults();
            for (KeypadAction action : KeypadAction.values()) {
                String key = "keypad." + action.key();
                Optional<String> code = value(file, key);
                if (code.isPresent()) {
                    chosen = withKey(file, key, chosen, action, code.get());
                }
            }
            keys = Optional.of(chosen);
        } else if (!keypad.equals("none")) {
            throw new ConfigException(file.where("keypad") + ": keypad=" + keypad + ": expected usb or none");
        }
        for (String key : file.entries().stream().map(ConfigFile.Entry::key).filter(GuidanceDevices::owns).toList()) {
            boolean known = key.equals("keypad") || key.equals("speech") || key.equals("speech.device")
                    || key.equals("speech.headset-card")
                    || keys.isPresent() && java.util.Arrays.stream(KeypadAction.values()).anyMatch(a -> key.equals("keypad." + a.key()));
            if (!known) {
                throw new ConfigException(file.where(key) + ": unknown key " + key + ", or one that keypad=" + keypad
                        + " does not use");
            }
        }
        String speech = value(file, "speech").orElse("none");
        Optional<String> device = value(file, "speech.device");
        Optional<String> card = value(file, "speech.headset-card");
        if (speech.equals("espeak")) {
            if (device.isEmpty()) {
                throw new ConfigException(file.where("speech") + ": speech=espeak needs speech.device, the headset's "
                        + "ALSA device (aplay -L lists them), e.g. plughw:CARD=Headset,DEV=0");
            }
            if (device.get().equals("default") || device.get().equals("sysdefault")) {
                throw new ConfigException(file.where("speech.device") + ": speech.device=" + device.get()
                        + ": name the headset's own device; the default device is the loudspeaker, which would read"
                        + " names and dates to the whole room");
            }
        } else if (speech.equals("none")) {
            for (String key : new String[] {"speech.device", "speech.headset-card"}) {
                if (file.entry(key).isPresent()) {
                    throw new ConfigException(file.where(key) + ": " + key + " is set but speech=none; set speech=espeak");
                }
            }
            return new GuidanceDevices(keys, Optional.empty(), Optional.empty());
        } else {
            throw new ConfigException(file.where("speech") + ": speech=" + speech + ": expected espeak or none");
        }
        return new GuidanceDevices(keys, device, card);
    }

    private static KeypadKeys withKey(ConfigFile file, String key, KeypadKeys keys, KeypadAction action, String name) {
        KeyCode code;
        try {
            code = KeyCode.valueOf(name.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new ConfigException(file.where(key) + ": " + key + "=" + name
                    + ": expected a JavaFX key code name such as UP, DOWN, ENTER, ESCAPE, F1, ADD, NUMPAD8");
        }
        try {
            return keys.with(action, code);
        } catch (IllegalArgumentException e) {
            throw new ConfigException(file.where(key) + ": " + key + "=" + name + ": that key already does something else");
        }
    }

    private static Optional<String> value(ConfigFile file, String key) {
        return file.entry(key).map(ConfigFile.Entry::value).map(String::strip);
    }
}
