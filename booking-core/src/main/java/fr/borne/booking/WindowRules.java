package fr.borne.booking;

import fr.borne.establishment.RoundOccurrence;
import fr.borne.settings.BookingSettings;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * B1, B3, B4 with C1 and C2: the window opens {@code opensDaysBefore} calendar days
 * before the round at its local start time, and every cut-off is a span of real time
 * before the start instant; both edges are still inside.
 */
final class WindowRules {

    private WindowRules() {
    }

    /**
     * C2: calendar days at the same wall-clock time, so across a change of clocks the
     * window is 359 or 361 real hours long, never shifted to 01:15 or 03:15.
     */
    static Instant opensAt(RoundOccurrence occurrence, BookingSettings settings) {
        return occurrence.zonedStart().minusDays(settings.opensDaysBefore()).toInstant();
    }

    static Instant closesAt(RoundOccurrence occurrence, BookingSettings settings) {
        return occurrence.start().minus(settings.closesBefore());
    }

    /** B1: too late (including a round already past) or too early, with when it opens. */
    static Optional<Refusal> forBooking(RoundOccurrence occurrence, BookingSettings settings, Instant now) {
        if (now.isAfter(closesAt(occurrence, settings))) {
            return Optional.of(Refusal.of(Reason.BOOKING_CLOSED));
        }
        Instant opens = opensAt(occurrence, settings);
        if (now.isBefore(opens)) {
            return Optional.of(Refusal.until(Reason.NOT_YET_OPEN, opens));
        }
        return Optional.empty();
    }

    /** B3 */
    static Optional<Refusal> forVisitorChange(RoundOccurrence occurrence, BookingSettings settings, Instant now) {
        return cutOff(occurrence, settings.visitorsChangeBefore(), now, Reason.CHANGE_CLOSED);
    }

    /** B4 */
    static Optional<Refusal> forCancel(RoundOccurrence occurrence, BookingSettings settings, Instant now) {
        return cutOff(occurrence, settings.cancelBefore(), now, Reason.CANCEL_CLOSED);
    }

    private static Optional<Refusal> cutOff(RoundOccurrence occurrence, Duration before, Instant now, Reason reason) {
        return now.isAfter(occurrence.start().minus(before)) ? Optional.of(Refusal.of(reason)) : Optional.empty();
    }
}
