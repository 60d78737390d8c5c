package fr.borne.device.scanner;

import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What a badge code looks like: an optional prefix the scanner adds (stripped before delivery), a length range
 * and the characters allowed.
 *
 * @param prefix            bytes the scanner is programmed to send first (one character each, ISO-8859-1, control
 *                          characters such as STX included), checked and removed before the code is validated
 * @param minLength         shortest code accepted (after the prefix)
 * @param maxLength         longest code accepted (after the prefix); longer frames are rejected, never truncated
 * @param allowedCharacters a regular-expression character class body such as {@code A-Z0-9-}
 */
public record CodeFormat(Optional<String> prefix, int minLength, int maxLength, String allowedCharacters) {

    public static final String DEFAULT_ALLOWED = "A-Za-z0-9-";

    public CodeFormat {
        Objects.requireNonNull(prefix, "prefix");
        Objects.requireNonNull(allowedCharacters, "allowedCharacters");
        if (minLength < 1 || maxLength < minLength) {
            throw new IllegalArgumentException("invalid badge length range " + minLength + ".." + maxLength);
        }
        Pattern.compile("[" + allowedCharacters + "]");
    }

    public static CodeFormat defaults() {
        return new CodeFormat(Optional.empty(), 4, 32, DEFAULT_ALLOWED);
    }

    public CodeFormat withPrefix(String newPrefix) {
        return new CodeFormat(Optional.of(newPrefix).filter(p -> !p.isEmpty()), minLength, maxLength, allowedCharacters);
    }

    public CodeFormat withLength(int min, int max) {
        return new CodeFormat(prefix, min, max, allowedCharacters);
    }

    public CodeFormat withAllowedCharacters(String characterClass) {
        return new CodeFormat(prefix, minLength, maxLength, characterClass);
    }

    /** Longest raw frame worth buffering: prefix plus the longest code. */
    int maxFrameLength() {
        return prefix.map(String::length).orElse(0) + maxLength;
    }
}
