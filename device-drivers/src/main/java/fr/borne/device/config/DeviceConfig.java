package fr.borne.device.config;

import fr.borne.device.indicator.IndicatorPins;
import fr.borne.device.printer.BarcodeMode;
import fr.borne.device.printer.PrinterProfile;
import fr.borne.device.scanner.CodeFormat;
import fr.borne.device.scanner.ScanFraming;
import fr.borne.device.scanner.Suffix;
import fr.borne.device.scanner.WedgeTiming;
import fr.borne.device.serial.Parity;
import fr.borne.device.serial.PortSelector;
import fr.borne.device.serial.SerialSettings;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;

/**
 * The kiosk's devices, read from a properties file. Every device defaults to its simulator, so an empty file runs
 * the kiosk on a laptop (the kiosk app refuses simulators outside demo mode). A key that none of the chosen devices
 * reads is refused, so a misspelt or misplaced key cannot be silently ignored. Keys (defaults in brackets):
 *
 * <pre>
 * scanner = simulated | serial | keyboard                          [simulated]
 *   scanner.port = /dev/borne-scanner | usb:0c2e:0b61              (serial)
 *   scanner.baud [9600]  scanner.data-bits [8]  scanner.parity = none|odd|even [none]  scanner.stop-bits [1]
 *   scanner.reconnect-ms [1000]
 *   scanner.suffix = CR | LF | CRLF | TAB | NONE [CRLF]   scanner.idle-gap-ms [100]
 *   scanner.prefix []  scanner.min-length [4]  scanner.max-length [32]  scanner.allowed [A-Za-z0-9-]
 *   scanner.duplicate-window-ms [2000]
 *   scanner.sim.tcp-port [7501] (0 = any free port)  scanner.sim.pipe []  (simulated)
 *   scanner.wedge.max-gap-ms [35]                                  (keyboard)
 * printer = simulated | serial | usb | tcp                         [simulated]
 *   printer.folder [receipts]                                      (simulated)
 *   printer.port, printer.baud, printer.data-bits, printer.parity, printer.stop-bits, printer.reconnect-ms (serial)
 *   printer.device [/dev/usb/lp0]                                  (usb)
 *   printer.host  printer.tcp-port [9100]                          (tcp)
 *   printer.columns [48]  printer.dots [576]  printer.barcodes = native | raster [native]
 *   printer.status-query [true]  printer.status-timeout-ms [500]  printer.status-poll-ms [5000]
 * indicator = simulated | none | gpio                              [simulated]
 *   indicator.pin.green [17]  indicator.pin.red [27]  indicator.pin.buzzer [22]  indicator.active-low [false]
 * </pre>
 */
public record DeviceConfig(ScannerConfig scanner, PrinterConfig printer, IndicatorConfig indicator) {

    public DeviceConfig {
        Objects.requireNonNull(scanner, "scanner");
        Objects.requireNonNull(printer, "printer");
        Objects.requireNonNull(indicator, "indicator");
    }

    /** All simulators, with defaults. */
    public static DeviceConfig simulated() {
        return fromProperties(new Properties());
    }

    public static DeviceConfig load(Path file) {
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(r);
        } catch (IOException e) {
            throw new DeviceConfigException("cannot read device configuration " + file + ": " + e.getMessage(), e);
        }
        return fromProperties(p);
    }

    /** @throws DeviceConfigException naming the key when a value is wrong or a key is not read by the chosen devices */
    public static DeviceConfig fromProperties(Properties properties) {
        Keys k = new Keys(properties, new java.util.HashSet<>());
        DeviceConfig config = new DeviceConfig(scanner(k), printer(k), indicator(k));
        properties.stringPropertyNames().stream().filter(key -> !k.asked().contains(key)).sorted().findFirst()
                .ifPresent(key -> {
                    throw new DeviceConfigException(key, "unknown key " + key + ", or one that scanner="
                            + k.string("scanner", "simulated") + ", printer=" + k.string("printer", "simulated")
                            + " and indicator=" + k.string("indicator", "simulated") + " do not use", null);
                });
        return config;
    }

    private static ScannerConfig scanner(Keys k) {
        String kind = k.choice("scanner", "simulated", "simulated", "serial", "keyboard");
        CodeFormat format;
        try {
            format = new CodeFormat(k.optional("scanner.prefix"), k.integer("scanner.min-length", 4),
                    k.integer("scanner.max-length", 32), k.string("scanner.allowed", CodeFormat.DEFAULT_ALLOWED));
        } catch (IllegalArgumentException e) {
            throw new DeviceConfigException("scanner code format: " + e.getMessage(), e);
        }
        Duration duplicateWindow = k.millis("scanner.duplicate-window-ms", 2000);
        Suffix suffix = k.enumValue("scanner.suffix", Suffix.class, Suffix.CRLF);
        ScanFraming framing = new ScanFraming(suffix, k.millis("scanner.idle-gap-ms", 100), format, duplicateWindow);
        return switch (kind) {
            case "serial" -> new ScannerConfig.Serial(serial(k, "scanner"), framing);
            case "keyboard" -> new ScannerConfig.Keyboard(new WedgeTiming(k.millis("scanner.wedge.max-gap-ms", 35)), format, duplicateWindow);
            default -> new ScannerConfig.Simulated(k.integer("scanner.sim.tcp-port", 7501), k.optional("scanner.sim.pipe").map(Path::of), framing);
        };
    }

    private static PrinterConfig printer(Keys k) {
        String kind = k.choice("printer", "simulated", "simulated", "serial", "usb", "tcp");
        PrinterProfile profile;
        try {
            profile = new PrinterProfile(k.integer("printer.columns", 48), k.integer("printer.dots", 576),
                    k.enumValue("printer.barcodes", BarcodeMode.class, BarcodeMode.NATIVE),
                    k.bool("printer.status-query", true), k.millis("printer.status-timeout-ms", 500),
                    k.millis("printer.status-poll-ms", 5000));
        } catch (IllegalArgumentException e) {
            throw new DeviceConfigException("printer profile: " + e.getMessage(), e);
        }
        return switch (kind) {
            case "serial" -> new PrinterConfig.Serial(serial(k, "printer"), profile);
            case "usb" -> new PrinterConfig.UsbDevice(Path.of(k.string("printer.device", "/dev/usb/lp0")), profile);
            case "tcp" -> new PrinterConfig.Tcp(k.required("printer.host"), k.integer("printer.tcp-port", 9100), profile);
            default -> new PrinterConfig.Simulated(Path.of(k.string("printer.folder", "receipts")), profile);
        };
    }

    private static IndicatorConfig indicator(Keys k) {
        // none: a kiosk without light or buzzer (a PC); like the simulator, it only logs
        String kind = k.choice("indicator", "simulated", "simulated", "none", "gpio");
        if (kind.equals("gpio")) {
            try {
                return new IndicatorConfig.Gpio(new IndicatorPins(k.integer("indicator.pin.green", 17),
                        k.integer("indicator.pin.red", 27), k.integer("indicator.pin.buzzer", 22),
                        k.bool("indicator.active-low", false)));
            } catch (IllegalArgumentException e) {
                throw new DeviceConfigException("indicator pins: " + e.getMessage(), e);
            }
        }
        return new IndicatorConfig.Simulated();
    }

    private static SerialSettings serial(Keys k, String device) {
        PortSelector port;
        try {
            port = PortSelector.parse(k.required(device + ".port"));
        } catch (IllegalArgumentException e) {
            throw new DeviceConfigException(device + ".port", device + ".port: " + e.getMessage(), e);
        }
        try {
            return new SerialSettings(port, k.integer(device + ".baud", 9600), k.integer(device + ".data-bits", 8),
                    k.enumValue(device + ".parity", Parity.class, Parity.NONE), k.integer(device + ".stop-bits", 1),
                    k.millis(device + ".reconnect-ms", 1000));
        } catch (IllegalArgumentException e) {
            throw new DeviceConfigException(device + " serial settings: " + e.getMessage(), e);
        }
    }

    /** Typed reads of property keys, with error messages that name the key. */
    private record Keys(Properties p, java.util.Set<String> asked) {

        Optional<String> optional(String key) {
            asked.add(key);
            return Optional.ofNullable(p.getProperty(key)).map(String::strip).filter(s -> !s.isEmpty());
        }

        String string(String key, String fallback) {
            return optional(key).orElse(fallback);
        }

        String required(String key) {
            return optional(key).orElseThrow(() -> new DeviceConfigException(key, "missing key " + key, null));
        }

        String choice(String key, String fallback, String... allowed) {
            String v = string(key, fallback).toLowerCase(Locale.ROOT);
            for (String a : allowed) {
                if (a.equals(v)) {
                    return v;
                }
            }
            throw new DeviceConfigException(key, key + "=" + v + ": expected one of " + String.join(", ", allowed), null);
        }

        int integer(String key, int fallback) {
            String v = string(key, Integer.toString(fallback));
            try {
                return Integer.parseInt(v);
            } catch (NumberFormatException e) {
                throw new DeviceConfigException(key, key + "=" + v + ": expected a whole number", e);
            }
        }

        Duration millis(String key, long fallback) {
            long v = integer(key, (int) fallback);
            if (v < 0) {
                throw new DeviceConfigException(key, key + "=" + v + ": expected zero or more milliseconds", null);
            }
            return Duration.ofMillis(v);
        }

        boolean bool(String key, boolean fallback) {
            String v = string(key, Boolean.toString(fallback)).toLowerCase(Locale.ROOT);
            if (!v.equals("true") && !v.equals("false")) {
                throw new DeviceConfigException(key, key + "=" + v + ": expected true or false", null);
            }
            return Boolean.parseBoolean(v);
        }

        <E extends Enum<E>> E enumValue(String key, Class<E> type, E fallback) {
            String v = string(key, fallback.name()).toUpperCase(Locale.ROOT);
            try {
                return Enum.valueOf(type, v);
            } catch (IllegalArgumentException e) {
                throw new DeviceConfigException(key, key + "=" + v.toLowerCase(Locale.ROOT) + ": expected one of "
                        + java.util.Arrays.toString(type.getEnumConstants()).toLowerCase(Locale.ROOT), e);
            }
        }
    }
}
