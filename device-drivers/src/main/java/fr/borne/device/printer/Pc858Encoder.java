package fr.borne.device.printer;

import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.text.Normalizer;
import java.util.Map;

/**
 * Encodes text for code page PC858 (DOS Latin-1 with €), which holds every French letter but œ/Œ. Those, and
 * typographic punctuation, are transliterated; other letters lose their accents rather than print as garbage;
 * anything left becomes {@code ?}.
 */
public final class Pc858Encoder {

    /** The ESC t number selecting PC858 on Epson-compatible printers. */
    public static final int ESC_T_PC858 = 19;

    private static final Charset PC858 = Charset.forName("IBM00858");
    private static final Map<Character, String> TRANSLITERATIONS = Map.ofEntries(
            Map.entry('œ', "oe"), Map.entry('Œ', "OE"),
            Map.entry('‘', "'"), Map.entry('’', "'"), Map.entry('‚', ","),
            Map.entry('“', "\""), Map.entry('”', "\""), Map.entry('„', "\""),
            Map.entry('–', "-"), Map.entry('—', "-"), Map.entry('…', "..."),
            Map.entry('\u00a0', " "), Map.entry('\u202f', " "), Map.entry('Ÿ', "Y"),
            Map.entry('Ł', "L"), Map.entry('ł', "l"), Map.entry('Đ', "D"), Map.entry('đ', "d"), Map.entry('ß', "ss"));

    public static Charset charset() {
        return PC858;
    }

    public byte[] encode(String text) {
        CharsetEncoder encoder = PC858.newEncoder();
        StringBuilder printable = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20) {
                continue;
            }
            if (encoder.canEncode(c)) {
                printable.append(c);
                continue;
            }
            String replacement = TRANSLITERATIONS.get(c);
            if (replacement == null) {
                String stripped = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD).replaceAll("\\p{M}", "");
                replacement = !stripped.isEmpty() && encoder.canEncode(stripped) ? stripped : "?";
            }
            printable.append(replacement);
        }
        return printable.toString().getBytes(PC858);
    }
}
