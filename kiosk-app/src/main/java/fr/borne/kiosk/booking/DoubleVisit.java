package fr.borne.kiosk.booking;

import fr.borne.booking.RoundAvailability;
import fr.borne.detainee.Detainee;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * B8 with C6, as offered on the round step: for a detainee granted double visits, the round
 * that follows a chosen one the same day (the next that starts when or after it ends), if
 * it can be booked too. The store decides the same way when it confirms.
 */
final class DoubleVisit {

    private DoubleVisit() {
    }

    static Optional<RoundAvailability> following(Detainee detainee, RoundAvailability first, List<RoundAvailability> day) {
        if (!detainee.doubleVisitGranted() || !first.bookable()) {
            return Optional.empty();
        }
        return day.stream()
                .filter(r -> !r.occurrence().start().isBefore(first.occurrence().end()))
                .min(Comparator.comparing(r -> r.occurrence().start()))
                .filter(RoundAvailability::bookable);
    }
}
