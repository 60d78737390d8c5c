package fr.borne.device.scanner;

import java.util.Optional;

/**
 * Tells a keyboard-wedge (USB HID) scanner's burst of keystrokes from a person typing.
 *
 * <p>Feed every typed character with its timestamp. A scanner types each character a few milliseconds after the
 * previous one and ends with Enter; a person is far slower. When Enter closes a burst whose every gap (including
 * the one before Enter) is at most {@link WedgeTiming#maxKeyGap()}, the burst is judged as a frame: a valid code
 * comes back as {@link FrameResult.Accepted}, a fast burst that is not a badge as {@link FrameResult.Rejected}.
 * Enter after slow typing yields nothing: it was a person. Not thread-safe: feed it from one thread (the UI's).
 */
public final class KeyboardWedgeDecoder {

    private static final long UNSET = Long.MIN_VALUE;

    private final long maxGapNanos;
    private final CodeValidator validator;
    private final StringBuilder burst = new StringBuilder();
    private long lastKeyNanos = UNSET;
    private boolean overflow;

    public KeyboardWedgeDecoder(WedgeTiming timing, CodeFormat format) {
        this.maxGapNanos = timing.maxKeyGap().toNanos();
        this.validator = new CodeValidator(format);
    }

    /**
     * Feeds one typed character.
     *
     * @param key             the character typed; {@code '\n'} or {@code '\r'} is Enter
     * @param timestampNanos  a monotonic timestamp of the key event, in nanoseconds (e.g. {@code System.nanoTime()})
     * @return the verdict when Enter closes a scanner burst, empty otherwise
     */
    public Optional<FrameResult> keyTyped(char key, long timestampNanos) {
        boolean continuesBurst = lastKeyNanos != UNSET && timestampNanos - lastKeyNanos <= maxGapNanos;
        boolean enter = key == '\n' || key == '\r';
        if (enter) {
            Optional<FrameResult> result = continuesBurst && burst.length() > 0 ? Optional.of(judge()) : Optional.empty();
            reset();
            return result;
        }
        if (!continuesBurst) {
            burst.setLength(0);
            overflow = false;
        }
        if (burst.length() <= validator.format().maxFrameLength()) {
            burst.append(key);
        } else {
            overflow = true;
        }
        lastKeyNanos = timestampNanos;
        return Optional.empty();
    }

    /** Whether the last keystrokes look like the start of a scanner burst (a UI may hold them back from text fields). */
    public boolean inBurst(long nowNanos) {
        return burst.length() > 1 && lastKeyNanos != UNSET && nowNanos - lastKeyNanos <= maxGapNanos;
    }

    private FrameResult judge() {
        if (overflow) {
            return new FrameResult.Rejected(RejectReason.TOO_LONG, burst.length());
        }
        return validator.validate(burst);
    }

    private void reset() {
        burst.setLength(0);
        overflow = false;
        lastKeyNanos = UNSET;
    }
}
