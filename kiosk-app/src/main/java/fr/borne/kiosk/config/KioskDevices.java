package fr.borne.kiosk.config;

import fr.borne.config.ConfigException;
import fr.borne.config.ConfigFile;
import fr.borne.device.config.DeviceConfig;
import fr.borne.device.config.DeviceConfigException;
import fr.borne.device.config.IndicatorConfig;
import fr.borne.device.config.PrinterConfig;
import fr.borne.device.config.ScannerConfig;

import java.nio.file.Path;
import java.util.Properties;
import java.util.regex.Pattern;

/**
 * The kiosk's {@code devices.properties}: the device keys of {@link DeviceConfig}, plus the USB
 * ids that {@code borne-udev-rules} reads. Every error names the key, the file and the line.
 * Outside demo mode no device may be a simulator: a simulated scanner listens on loopback,
 * where any local process could scan a technician's badge.
 */
public final class KioskDevices {

    /** Read by borne-udev-rules, not by the kiosk: checked here so that a typo is caught at start. */
    private static final Pattern USB_IDS = Pattern.compile("(?i)[0-9a-f]{4}(:[0-9a-f]{4})?([ ,]+[0-9a-f]{4}(:[0-9a-f]{4})?)*");

    private KioskDevices() {
    }

    public static DeviceConfig load(Path path, boolean demo) {
        ConfigFile file = ConfigFile.read(path);
        Properties properties = file.properties();
        for (String key : new String[] {"scanner.usb-ids", "printer.usb-ids"}) {
            String ids = (String) properties.remove(key);
            if (ids != null && !ids.isEmpty() && !USB_IDS.matcher(ids).matches()) {
                throw new ConfigException(file.where(key) + ": " + key + "=" + ids
                        + ": expected USB ids vvvv or vvvv:pppp (hexadecimal), separated by spaces or commas");
            }
        }
        GuidanceDevices.take(file, properties);
        DeviceConfig config;
        try {
            config = DeviceConfig.fromProperties(properties);
        } catch (DeviceConfigException e) {
            throw new ConfigException(e.key().map(file::where).orElse(path.toString()) + ": " + e.getMessage());
        }
        if (!demo) {
            refuseSimulator(file, "scanner", config.scanner() instanceof ScannerConfig.Simulated, "serial or keyboard");
            refuseSimulator(file, "printer", config.printer() instanceof PrinterConfig.Simulated, "usb, serial or tcp");
            boolean none = file.entry("indicator").map(e -> e.value().equalsIgnoreCase("none")).orElse(false);
            refuseSimulator(file, "indicator", config.indicator() instanceof IndicatorConfig.Simulated && !none,
                    "gpio, or none without light and buzzer");
        }
        return config;
    }

    /** The keypad and the voice of the same file (the keys {@link #load} leaves to them). */
    public static GuidanceDevices guidance(Path path) {
        ConfigFile file = ConfigFile.read(path);
        return GuidanceDevices.take(file, file.properties());
    }

    private static void refuseSimulator(ConfigFile file, String device, boolean simulated, String real) {
        if (!simulated) {
            return;
        }
        String what = file.entry(device).isPresent() ? device + "=simulated"
                : device + " is not set, which means a simulated " + device;
        throw new ConfigException(file.where(device) + ": " + what + "; a kiosk out of demo mode needs a real one ("
                + device + "=" + real + "), or demo=true in the kiosk's configuration");
    }
}
