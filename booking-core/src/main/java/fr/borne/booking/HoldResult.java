package fr.borne.booking;

/** Asking to hold a seat: held, or refused with every reason. */
public sealed interface HoldResult {

    record Held(SeatHold hold) implements HoldResult {
    }

    record Refused(Decision decision) implements HoldResult {
    }
}
