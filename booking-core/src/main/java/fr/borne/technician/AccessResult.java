package fr.borne.technician;

import java.time.Instant;

/** The answer to a technician's badge and PIN. */
public sealed interface AccessResult {

    /** Badge and PIN match: technician mode may open for this technician. */
    record Granted(String technicianId) implements AccessResult {
    }

    /** The PIN is wrong; after {@code attemptsLeft} more wrong PINs the account locks. */
    record WrongPin(int attemptsLeft) implements AccessResult {
    }

    /** Too many wrong PINs: no PIN is accepted, not even the right one, before {@code until}. */
    record LockedOut(Instant until) implements AccessResult {
    }

    /** The badge is not a technician's badge. */
    record UnknownBadge() implements AccessResult {
    }
}
