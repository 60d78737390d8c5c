package fr.borne.kiosk.i18n;

/**
 * Mixed-direction text (Unicode bidi algorithm, UAX #9). JavaFX 21 draws the invisible
 * directional characters (the isolates FSI/PDI, the marks RLM and ALM, the embeddings) as
 * missing-glyph boxes, so the kiosk cannot fence a Latin name or a figure inside Arabic with
 * them: the Arabic messages are worded so that a strong Arabic word stands between a Latin
 * name and a number ("{0}، العمر {1} سنة", not "{0}، {1} سنة", which shows the age glued to the
 * name), and {@code PluralsAndBidiTest} checks the levels the algorithm gives. What is left
 * here takes such characters out of a text for comparing and searching, and sets a
 * left-to-right argument (a phone number, French opening hours) in a right-to-left sentence.
 * Such an argument is never put in brackets in Arabic ("{0} ({1})" drew the hours with the
 * brackets and the full stop out of place): an Arabic word comes before it instead
 * ("{0}، أوقات الاتصال: {1}").
 */
public final class BidiText {

    private BidiText() {
    }

    /**
     * An argument of a right-to-left sentence: the spaces between two figures become no-break
     * spaces, which the bidi algorithm counts as a separator inside a number (rule W4), so
     * "02 32 18 01 15" stays one number read left to right instead of five numbers in
     * right-to-left order ("15 01 18 32 02"), and is never broken across two lines.
     */
    public static String inRightToLeft(String argument) {
        return argument.replaceAll("(?<=\\d) (?=\\d)", "\u00a0");
    }

    /** The text without directional marks: what a reader sees, for comparing and searching. */
    public static String plain(String text) {
        return text.replaceAll("[\u061c\u2066-\u2069\u200e\u200f\u202a-\u202e]", "");
    }
}
