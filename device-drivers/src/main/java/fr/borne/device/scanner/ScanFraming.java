package fr.borne.device.scanner;

import java.time.Duration;
import java.util.Objects;

/**
 * How the byte stream of a serial (or simulated) scanner is cut into codes.
 *
 * @param suffix          the terminator the scanner sends
 * @param idleGap         silence that ends a frame when {@code suffix} is NONE, and that marks an unterminated frame
 *                        as incomplete otherwise
 * @param format          what a valid code looks like
 * @param duplicateWindow the same badge read again within this window is reported once
 */
public record ScanFraming(Suffix suffix, Duration idleGap, CodeFormat format, Duration duplicateWindow) {

    public ScanFraming {
        Objects.requireNonNull(suffix, "suffix");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(duplicateWindow, "duplicateWindow");
        if (idleGap == null || idleGap.isNegative() || idleGap.isZero()) {
            throw new IllegalArgumentException("idle gap must be positive");
        }
    }

    public static ScanFraming defaults() {
        return new ScanFraming(Suffix.CRLF, Duration.ofMillis(100), CodeFormat.defaults(), Duration.ofSeconds(2));
    }

    public ScanFraming withSuffix(Suffix newSuffix) {
        return new ScanFraming(newSuffix, idleGap, format, duplicateWindow);
    }

    public ScanFraming withIdleGap(Duration gap) {
        return new ScanFraming(suffix, gap, format, duplicateWindow);
    }

    public ScanFraming withFormat(CodeFormat newFormat) {
        return new ScanFraming(suffix, idleGap, newFormat, duplicateWindow);
    }

    public ScanFraming withDuplicateWindow(Duration window) {
        return new ScanFraming(suffix, idleGap, format, window);
    }
}
