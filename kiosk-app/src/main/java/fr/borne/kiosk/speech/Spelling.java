package fr.borne.kiosk.speech;

import java.util.stream.Collectors;

/** A reference read character by character: "R7K2" is said "R, 7, K, 2", never as a word or a number. */
public final class Spelling {

    private Spelling() {
    }

    public static String letters(String reference) {
        return reference.codePoints()
                .filter(Character::isLetterOrDigit)
                .mapToObj(Character::toString)
                .collect(Collectors.joining(", "));
    }
}
