package fr.borne.kiosk.i18n;

/**
 * Mixed-direction text (Unicode bidi algorithm, UAX #9). JavaFX 21 draws the invisible
 * directional characters (the isolates FSI/PDI, the marks RLM and ALM, the embeddings) as
 * missing-glyph boxes, so the kiosk cannot fence a Latin name or a figure inside Arabic with
 * them: the Arabic messages are worded so that a strong Arabic word stands between a Latin
 * name and a number ("{0}، العمر {1} سنة", not "{0}، {1} سنة", which shows the age glued to the
 * name), and {@code PluralsAndBidiTest} checks the levels the algorithm gives. What is left
 * here takes such characters out of a text for comparing and searching.
 */
public final class BidiText {

    private BidiText() {
    }

    /** The text without directional marks: what a reader sees, for comparing and searching. */
    public static String plain(String text) {
        return text.replaceAll("[\u061c\u2066-\u2069\u200e\u200f\u202a-\u202e]", "");
    }
}
