package fr.borne.sync;

import fr.borne.booking.Reason;
import fr.borne.booking.Refusal;
import fr.borne.booking.RoundDay;
import fr.borne.store.SeatPolicy;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;

/**
 * The kiosk's seat policy when it confirms on its own: a seat is taken only from this
 * kiosk's allotment ({@code granted − returned − booked here ≥ 1}), so the confirmation
 * stands whatever central has sold meanwhile. Without an allotted seat the answer is
 * {@link Reason#FULL}: the kiosk cannot confirm now.
 */
public final class AllotmentSeatPolicy implements SeatPolicy {

    private final LocalAllotments allotments;

    public AllotmentSeatPolicy(LocalAllotments allotments) {
        this.allotments = allotments;
    }

    @Override
    public Optional<Refusal> mayTakeSeat(Connection transaction, RoundDay seat, Instant now) throws SQLException {
        if (allotments.seatsLeft(transaction, seat.roundId(), seat.date()) >= 1) {
            return Optional.empty();
        }
        return Optional.of(Refusal.of(Reason.FULL));
    }
}
