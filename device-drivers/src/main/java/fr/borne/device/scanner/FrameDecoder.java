package fr.borne.device.scanner;

import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;

/**
 * Cuts a scanner's byte stream into frames and judges each one. Pure logic, no I/O: the reader feeds bytes with the
 * time they arrived and tells it about silences and end of stream. A frame is never reported before its end is
 * known, and bytes of an overlong frame are dropped (not buffered) until its terminator. Not thread-safe: one
 * decoder per stream.
 */
public final class FrameDecoder {

    private final Suffix suffix;
    private final long idleGapNanos;
    private final CodeValidator validator;
    private final byte[] frame;
    private final byte[] recent;
    private int length;
    private int received;
    private long lastByteNanos;

    public FrameDecoder(ScanFraming framing) {
        this.suffix = framing.suffix();
        this.idleGapNanos = framing.idleGap().toNanos();
        this.validator = new CodeValidator(framing.format());
        this.frame = new byte[framing.format().maxFrameLength() + suffix.longestEnding() + 1];
        this.recent = new byte[Math.max(1, suffix.longestEnding())];
    }

    /** Feeds bytes that arrived at {@code nowNanos}; complete frames are judged and handed to {@code out}. */
    public void feed(byte[] bytes, int offset, int count, long nowNanos, Consumer<FrameResult> out) {
        idle(nowNanos, out);
        for (int i = offset; i < offset + count; i++) {
            byte b = bytes[i];
            if (length < frame.length) {
                frame[length++] = b;
            }
            received++;
            System.arraycopy(recent, 1, recent, 0, recent.length - 1);
            recent[recent.length - 1] = b;
            int ending = suffix.endingLength(recent, received);
            if (ending > 0) {
                if (received > ending) {
                    out.accept(judge(received - ending));
                }
                clear();
            }
        }
        lastByteNanos = nowNanos;
    }

    /**
     * Tells the decoder that nothing arrived up to {@code nowNanos}. After the idle gap a pending frame ends: judged
     * when the scanner sends no suffix, rejected as incomplete when a terminator was expected.
     */
    public void idle(long nowNanos, Consumer<FrameResult> out) {
        if (received > 0 && nowNanos - lastByteNanos >= idleGapNanos) {
            endOfStream(out);
        }
    }

    /** The stream ended cleanly (a simulator connection closed): a pending frame ends as if the idle gap passed. */
    public void endOfStream(Consumer<FrameResult> out) {
        if (received > 0) {
            out.accept(suffix == Suffix.NONE ? judge(received) : incomplete());
        }
        clear();
    }

    /**
     * The link broke (cable pulled): whatever is pending is dropped without a verdict, since the person scanning
     * did nothing wrong. Returns how many bytes were dropped, for the log.
     */
    public int abort() {
        int dropped = received;
        clear();
        return dropped;
    }

    /** Whether part of a frame is waiting for its end. */
    public boolean pending() {
        return received > 0;
    }

    /** Judges the frame's first {@code size} bytes received (its terminator left out). */
    private FrameResult judge(int size) {
        if (size > validator.format().maxFrameLength()) {
            return new FrameResult.Rejected(RejectReason.TOO_LONG, size);
        }
        return validator.validate(new String(frame, 0, size, StandardCharsets.ISO_8859_1));
    }

    private FrameResult incomplete() {
        return new FrameResult.Rejected(RejectReason.INCOMPLETE, received);
    }

    private void clear() {
        length = 0;
        received = 0;
    }
}
