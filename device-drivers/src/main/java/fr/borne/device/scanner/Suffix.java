package fr.borne.device.scanner;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * How a scanner ends each code. CR, LF and CRLF are treated alike (any of CR or LF ends a frame) because scanner
 * makers differ; TAB adds TAB as a terminator; NONE means "data as is", ended by an idle gap; any other byte
 * sequence (ETX, a custom suffix) ends a frame exactly where it appears, and is removed from it.
 */
public final class Suffix {

    public static final Suffix CR = new Suffix("CR", List.of(new byte[]{'\r'}, new byte[]{'\n'}));
    public static final Suffix LF = new Suffix("LF", CR.endings);
    public static final Suffix CRLF = new Suffix("CRLF", CR.endings);
    public static final Suffix TAB = new Suffix("TAB", List.of(new byte[]{'\t'}, new byte[]{'\r'}, new byte[]{'\n'}));
    public static final Suffix NONE = new Suffix("NONE", List.of());

    private static final List<Suffix> NAMED = List.of(CR, LF, CRLF, TAB, NONE);

    private final String name;
    private final List<byte[]> endings;
    private final int longest;

    private Suffix(String name, List<byte[]> endings) {
        this.name = name;
        this.endings = endings;
        this.longest = endings.stream().mapToInt(e -> e.length).max().orElse(0);
    }

    /** A scanner programmed to end each code with exactly these bytes, e.g. ETX ({@code 03}). */
    public static Suffix of(byte[] sequence) {
        if (sequence.length == 0) {
            return NONE;
        }
        return new Suffix(ByteSequence.format(sequence), List.of(sequence.clone()));
    }

    /**
     * Reads a configured suffix: a name ({@code CR}, {@code LF}, {@code CRLF}, {@code TAB}, {@code NONE}, any case)
     * or a byte sequence in {@link ByteSequence} notation ({@code hex:03}).
     */
    public static Suffix parse(String text) {
        String upper = text.strip().toUpperCase(Locale.ROOT);
        return NAMED.stream().filter(s -> s.name.equals(upper)).findFirst()
                .orElseGet(() -> of(ByteSequence.parse(text)));
    }

    /** Bytes a frame may need beyond its content to hold its terminator. */
    int longestEnding() {
        return longest;
    }

    /**
     * How many of the last bytes of {@code recent} (its last {@code count} bytes, the newest last) are a terminator
     * that has just ended, or 0 if none has.
     */
    int endingLength(byte[] recent, int count) {
        for (byte[] e : endings) {
            if (e.length <= count
                    && Arrays.equals(recent, recent.length - e.length, recent.length, e, 0, e.length)) {
                return e.length;
            }
        }
        return 0;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Suffix s && name.equals(s.name) && endings.size() == s.endings.size()
                && Arrays.deepEquals(endings.toArray(), s.endings.toArray());
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, endings.size());
    }

    @Override
    public String toString() {
        return name;
    }
}
