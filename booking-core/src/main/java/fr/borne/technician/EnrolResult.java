package fr.borne.technician;

/** The outcome of enrolling a technician. */
public sealed interface EnrolResult {

    /** @param replaced whether an existing account got a new badge and PIN (which also unlocks it) */
    record Enrolled(String technicianId, boolean replaced) implements EnrolResult {
    }

    /** @param message what to change, in words a technician can act on */
    record Rejected(String message) implements EnrolResult {
    }
}
