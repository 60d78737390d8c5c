package fr.borne.kiosk.i18n;

/**
 * Mixed-direction text done right (Unicode bidi algorithm, UAX #9): a run embedded in a
 * sentence of the other direction (a Latin name in Arabic, an age, a time) is isolated, so
 * that the brackets, commas and figures around it keep their place. Without this
 * "Léa Marchand، 17 سنة" shows the 17 glued to the name, away from "سنة".
 */
public final class BidiText {

    /** FIRST STRONG ISOLATE: the run takes the direction of its own first letter. */
    public static final char FSI = '\u2068';
    /** POP DIRECTIONAL ISOLATE: ends the run. */
    public static final char PDI = '\u2069';

    private BidiText() {
    }

    public static String isolate(String run) {
        return run.isEmpty() ? run : FSI + run + PDI;
    }

    /** The text without its directional marks: what a reader sees, for comparing and searching. */
    public static String plain(String text) {
        return text.replaceAll("[\u2066-\u2069\u200e\u200f\u202a-\u202e]", "");
    }
}
