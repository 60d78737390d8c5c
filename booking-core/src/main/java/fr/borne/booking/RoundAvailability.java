package fr.borne.booking;

import fr.borne.establishment.RoundOccurrence;

import java.time.Instant;

/**
 * One round of a day as the visitor sees it: its convocation time, the seats left, and
 * whether the visitor may book it now for that detainee (and if not, why).
 */
public record RoundAvailability(RoundOccurrence occurrence, Instant convocation, int seatsLeft, Decision decision) {

    public boolean bookable() {
        return decision.allowed();
    }
}
