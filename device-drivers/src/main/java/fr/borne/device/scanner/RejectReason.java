package fr.borne.device.scanner;

/** Why a frame read from a scanner was not accepted as a badge. */
public enum RejectReason {
    /** The frame was shorter than the minimum length. */
    TOO_SHORT,
    /** The frame exceeded the maximum length (an overlong or run-away frame). */
    TOO_LONG,
    /** A byte outside the allowed character set (binary noise, wrong keyboard layout, other symbology). */
    INVALID_CHARACTER,
    /** The configured prefix was missing. */
    MISSING_PREFIX,
    /** The frame stopped before its terminator (a partial read, a cable pulled mid-scan). */
    INCOMPLETE
}
