package fr.borne.agent.e2e;

import fr.borne.booking.BookingRequest;
import fr.borne.booking.BookingResult;
import fr.borne.booking.Channel;
import fr.borne.booking.HoldResult;
import fr.borne.store.SqliteBookingService;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** A visit booked as the kiosk's screens book it: a seat held, then the confirmation, the visitor alone. */
final class ScreenBooking {

    private ScreenBooking() {
    }

    /** The booking's id once confirmed; empty when the hold or the confirmation was refused. */
    static Optional<UUID> book(SqliteBookingService kiosk, Permits.Permit permit, String roundId, LocalDate date,
                               Runnable confirming) {
        HoldResult hold = kiosk.hold(permit.visitorId(), permit.detaineeId(), roundId, date);
        if (!(hold instanceof HoldResult.Held held)) {
            return Optional.empty();
        }
        confirming.run();
        BookingResult result = kiosk.confirm(held.hold().id(), new BookingRequest(permit.visitorId(),
                permit.detaineeId(), roundId, date, List.of(permit.visitorId()), false, Channel.KIOSK));
        return result instanceof BookingResult.Done done ? Optional.of(done.booking().id()) : Optional.empty();
    }

    static Optional<UUID> book(SqliteBookingService kiosk, Permits.Permit permit, String roundId, LocalDate date) {
        return book(kiosk, permit, roundId, date, () -> { });
    }
}
