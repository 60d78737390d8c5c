package fr.borne.kiosk.i18n;

/**
 * Mixed-direction text done right (Unicode bidi algorithm, UAX #9): a run embedded in a
 * right-to-left sentence (a Latin name in Arabic, an age, a time) is fenced by RIGHT-TO-LEFT
 * MARKs, so that the brackets, commas and figures around it keep their place. Without this
 * "Léa Marchand، 17 سنة" shows the 17 glued to the name, away from "سنة", and "(أنت)"
 * after a Latin name loses its brackets. Marks rather than the isolates FSI/PDI: JavaFX 21
 * draws isolates as missing-glyph boxes, and the marks have the same effect on the neutrals
 * and numbers next to the run.
 */
public final class BidiText {

    /** RIGHT-TO-LEFT MARK: an invisible right-to-left letter. */
    public static final char RLM = '\u200F';

    private BidiText() {
    }

    /** The run, set off from a right-to-left sentence so that nothing around it changes direction. */
    public static String isolate(String run) {
        return run.isEmpty() ? run : RLM + run + RLM;
    }

    /** The text without its directional marks: what a reader sees, for comparing and searching. */
    public static String plain(String text) {
        return text.replaceAll("[\u2066-\u2069\u200e\u200f\u202a-\u202e]", "");
    }
}
