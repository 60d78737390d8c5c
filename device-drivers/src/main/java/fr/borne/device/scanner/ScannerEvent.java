package fr.borne.device.scanner;

import java.time.Instant;

/** What a badge scanner reports to its listeners. */
public sealed interface ScannerEvent {

    Instant at();

    /** A complete, valid badge code. Its text is never shown by {@link #toString()} so it cannot end up in a log. */
    record BadgeScanned(String code, Instant at) implements ScannerEvent {
        @Override
        public String toString() {
            return "BadgeScanned[length=" + code.length() + ", at=" + at + "]";
        }
    }

    /** Something was read but it is not a badge: the kiosk may beep and ask to scan again. */
    record ScanRejected(RejectReason reason, int length, Instant at) implements ScannerEvent {
    }

    /** The scanner is reachable (after start-up or after being plugged back in). */
    record Connected(Instant at) implements ScannerEvent {
    }

    /** The scanner was unplugged or cannot be opened; the driver keeps trying to reconnect. */
    record Disconnected(Instant at) implements ScannerEvent {
    }
}
