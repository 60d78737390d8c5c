package fr.borne.device.scanner;

import java.time.Duration;

/**
 * Timing that tells a keyboard-wedge scanner from a person: scanners type 7–16 ms apart, people far slower.
 *
 * @param maxKeyGap the longest pause between two keystrokes (and before Enter) still counted as one scanner burst
 */
public record WedgeTiming(Duration maxKeyGap) {

    public WedgeTiming {
        if (maxKeyGap == null || maxKeyGap.isNegative() || maxKeyGap.isZero()) {
            throw new IllegalArgumentException("maxKeyGap must be positive");
        }
    }

    public static WedgeTiming defaults() {
        return new WedgeTiming(Duration.ofMillis(35));
    }
}
