package fr.borne.sync;

/**
 * An error that is not a booking refusal: the request itself is wrong (a reused
 * idempotency key with another body, an unknown booking, a kiosk not known to central).
 * {@code code} is stable; {@code message} is for a technician.
 */
public record Problem(String code, String message) {

    public static final String IDEMPOTENCY_KEY_REUSED = "IDEMPOTENCY_KEY_REUSED";
    public static final String UNKNOWN_BOOKING = "UNKNOWN_BOOKING";
    public static final String UNKNOWN_KIOSK = "UNKNOWN_KIOSK";
    /** A kiosk central revoked, or a certificate replaced by a newer enrolment. */
    public static final String KIOSK_REVOKED = "KIOSK_REVOKED";
    public static final String BAD_REQUEST = "BAD_REQUEST";
    public static final String WRONG_ESTABLISHMENT = "WRONG_ESTABLISHMENT";
    /**
     * A remote question about a visitor and a detainee no permit links, or about a visitor
     * whose badge the kiosk has not just read: the same answer, so nothing is told.
     */
    public static final String NO_PERMIT = "NO_PERMIT";
    /** Badge look-ups from one kiosk faster than any hall scans badges. */
    public static final String TOO_MANY_LOOKUPS = "TOO_MANY_LOOKUPS";
    public static final String TOO_LARGE = "TOO_LARGE";
    /** A kiosk already has as many waits on the feed open as central allows one kiosk. */
    public static final String TOO_MANY_WAITS = "TOO_MANY_WAITS";
    /** Central holds as many waits on the feed as it allows in all: poll instead, or wait later. */
    public static final String BUSY = "BUSY";
    public static final String NOT_FOUND = "NOT_FOUND";
    /** The request names something central does not hold (an establishment, a round). */
    public static final String CONFLICT = "CONFLICT";
    public static final String SERVER_ERROR = "SERVER_ERROR";
    /** The plain-HTTP demo central was addressed by a name that is not loopback (DNS rebinding). */
    public static final String WRONG_HOST = "WRONG_HOST";
    /** A transfer or release naming a detainee central does not hold (B14). */
    public static final String UNKNOWN_DETAINEE = "UNKNOWN_DETAINEE";
    /** A transfer to an establishment central does not hold, or to the one that holds the detainee already. */
    public static final String BAD_TRANSFER = "BAD_TRANSFER";
    /** A contact that is not a mobile number or an e-mail address, in a language the notices do not speak. */
    public static final String BAD_CONTACT = "BAD_CONTACT";
}
