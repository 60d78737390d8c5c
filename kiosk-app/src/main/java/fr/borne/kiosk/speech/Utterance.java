package fr.borne.kiosk.speech;

import fr.borne.kiosk.i18n.Language;

import java.util.Objects;

/**
 * One thing to say, in the visitor's language, at the volume and speed the visitor chose.
 *
 * @param volume 0 (silent) to {@link #MAX_LEVEL}
 * @param rate   0 (slowest) to {@link #MAX_LEVEL}
 */
public record Utterance(String text, Language language, int volume, int rate) {

    public static final int MAX_LEVEL = 10;
    public static final int DEFAULT_VOLUME = 6;
    public static final int DEFAULT_RATE = 4;

    public Utterance {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(language, "language");
        if (volume < 0 || volume > MAX_LEVEL || rate < 0 || rate > MAX_LEVEL) {
            throw new IllegalArgumentException("volume and rate go from 0 to " + MAX_LEVEL);
        }
    }

    public static Utterance of(String text, Language language) {
        return new Utterance(text, language, DEFAULT_VOLUME, DEFAULT_RATE);
    }
}
