package fr.borne.device.config;

import fr.borne.device.scanner.CodeFormat;
import fr.borne.device.scanner.ScanFraming;
import fr.borne.device.scanner.WedgeTiming;
import fr.borne.device.serial.SerialSettings;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/** Which scanner the kiosk uses ({@code scanner=simulated|serial|keyboard}). */
public sealed interface ScannerConfig {

    /** Scans typed into a loopback TCP port (e.g. {@code echo DEMO-0001 | nc localhost 7501}) and/or a named pipe. */
    record Simulated(int tcpPort, Optional<Path> pipe, ScanFraming framing) implements ScannerConfig {
    }

    record Serial(SerialSettings serial, ScanFraming framing) implements ScannerConfig {
    }

    /** A USB HID scanner typing like a keyboard; the kiosk app feeds it key events. */
    record Keyboard(WedgeTiming timing, CodeFormat format, Duration duplicateWindow) implements ScannerConfig {
    }
}
