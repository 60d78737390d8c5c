package fr.borne.device.config;

import fr.borne.device.printer.PrinterProfile;
import fr.borne.device.serial.SerialSettings;

import java.nio.file.Path;

/** Which printer the kiosk uses ({@code printer=simulated|serial|usb|tcp}). */
public sealed interface PrinterConfig {

    PrinterProfile profile();

    /** Writes each receipt as PNG and text into a folder. */
    record Simulated(Path folder, PrinterProfile profile) implements PrinterConfig {
    }

    record Serial(SerialSettings serial, PrinterProfile profile) implements PrinterConfig {
    }

    /** A USB printer class device file such as {@code /dev/usb/lp0}. */
    record UsbDevice(Path device, PrinterProfile profile) implements PrinterConfig {
    }

    /** A network printer's raw port (9100). */
    record Tcp(String host, int port, PrinterProfile profile) implements PrinterConfig {
    }
}
