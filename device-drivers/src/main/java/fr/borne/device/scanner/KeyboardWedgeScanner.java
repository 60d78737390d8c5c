package fr.borne.device.scanner;


import java.time.Clock;
import java.time.Duration;

/**
 * A USB HID scanner that types like a keyboard. The kiosk app forwards every typed character to
 * {@link #keyTyped(char, long)}; scanner bursts come out as scanner events, a person's typing is ignored.
 * The scanner's keyboard country must match the host layout (AZERTY on French kiosks).
 */
public final class KeyboardWedgeScanner extends AbstractScanner {

    private final KeyboardWedgeDecoder decoder;

    public KeyboardWedgeScanner(WedgeTiming timing, CodeFormat format, Duration duplicateWindow, Clock clock) {
        super("keyboard-wedge scanner", duplicateWindow, clock);
        this.decoder = new KeyboardWedgeDecoder(timing, format);
    }

    /**
     * Feeds one typed character with its monotonic timestamp (e.g. {@code System.nanoTime()} at the key event).
     * Call from one thread (the UI's).
     */
    public void keyTyped(char key, long timestampNanos) {
        decoder.keyTyped(key, timestampNanos).ifPresent(reporter::report);
    }

    /** Whether recent keystrokes look like a scanner burst, so a UI may keep them out of text fields. */
    public boolean inBurst(long nowNanos) {
        return decoder.inBurst(nowNanos);
    }

    @Override
    protected void onClaim() {
        reporter.resetLink();
        reporter.connected();
    }

    @Override
    protected void onRelease() {
        reporter.disconnected();
    }
}
