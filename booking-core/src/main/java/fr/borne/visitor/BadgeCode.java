package fr.borne.visitor;

import java.util.List;

/**
 * Turns a scanned badge code into the keyed hash under which it is stored and looked up,
 * with the keys this process was configured with ({@link BadgeKeys#configured()}: the
 * demo key unless a key file is named).
 */
public final class BadgeCode {

    private static final class Configured {
        static final BadgeKeys KEYS = BadgeKeys.configured();
    }

    private BadgeCode() {
    }

    /** HMAC-SHA256 of the trimmed, upper-cased code under the current key, in hex. */
    public static String hash(String code) {
        return Configured.KEYS.hash(code);
    }

    /** The code's hash under the current key, then under the previous one while keys rotate. */
    public static List<String> candidates(String code) {
        return Configured.KEYS.candidates(code);
    }
}
