package fr.borne.sync;

import java.time.LocalDate;

/**
 * The escrow of one kiosk on one round occurrence as cumulative totals: seats ever
 * granted by central, ever returned by the kiosk, and ever asked back by central. Totals
 * only grow, so either side merges what it receives by maximum and a resent or reordered
 * message cannot count twice.
 */
public record AllotmentTotals(String kioskId, String roundId, LocalDate date, int granted, int returned,
                              int recalled) {

    public AllotmentTotals {
        if (granted < 0 || returned < 0 || recalled < 0) {
            throw new IllegalArgumentException("totals are never negative");
        }
    }

    public AllotmentTotals merge(AllotmentTotals other) {
        if (!sameOccurrence(other)) {
            throw new IllegalArgumentException("totals of different occurrences or kiosks");
        }
        return new AllotmentTotals(kioskId, roundId, date, Math.max(granted, other.granted),
                Math.max(returned, other.returned), Math.max(recalled, other.recalled));
    }

    public boolean sameOccurrence(AllotmentTotals other) {
        return kioskId.equals(other.kioskId) && roundId.equals(other.roundId) && date.equals(other.date);
    }

    /** Seats the kiosk still holds, before subtracting its own bookings. */
    public int held() {
        return granted - returned;
    }
}
