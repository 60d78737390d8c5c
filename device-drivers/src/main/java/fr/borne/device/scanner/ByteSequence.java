package fr.borne.device.scanner;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.Locale;

/**
 * The notation for the bytes a scanner adds around a code, as written in the device configuration:
 * {@code hex:} followed by byte values in hexadecimal (spaces allowed), e.g. {@code hex:02} for STX,
 * {@code hex:03} for ETX, {@code hex:0D0A} for CR LF; anything else is taken as its characters, one byte each
 * (ISO-8859-1), e.g. {@code ]C0}. Hexadecimal because a properties file drops backslashes ({@code \x03} would
 * arrive as {@code x03}) and strips the control characters it could otherwise hold.
 */
public final class ByteSequence {

    private static final String HEX = "hex:";

    private ByteSequence() {
    }

    public static byte[] parse(String text) {
        String t = text.strip();
        if (t.toLowerCase(Locale.ROOT).startsWith(HEX)) {
            String digits = t.substring(HEX.length()).replaceAll("\\s+", "");
            try {
                return HexFormat.of().parseHex(digits);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("'" + t + "' is not hex: followed by pairs of hexadecimal digits", e);
            }
        }
        for (int i = 0; i < t.length(); i++) {
            if (t.charAt(i) > 0xFF) {
                throw new IllegalArgumentException("'" + t + "' has a character that is not one byte: write it as hex:");
            }
        }
        return t.getBytes(StandardCharsets.ISO_8859_1);
    }

    /** The bytes as text where printable, in {@code hex:} notation otherwise: what {@link #parse} reads back. */
    public static String format(byte[] bytes) {
        for (byte b : bytes) {
            if (b < 0x21 || b > 0x7E) {
                return HEX + HexFormat.of().withUpperCase().formatHex(bytes);
            }
        }
        return new String(bytes, StandardCharsets.ISO_8859_1);
    }
}
