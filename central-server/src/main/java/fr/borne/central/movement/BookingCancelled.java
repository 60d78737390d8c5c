package fr.borne.central.movement;

import fr.borne.booking.Booking;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;

/**
 * Told, inside the transaction that cancels it, of each booking the establishment cancelled
 * (a closure, a transfer, a release), so the visitors' notices are written with it.
 */
@FunctionalInterface
public interface BookingCancelled {

    BookingCancelled NOBODY = (connection, booking, now) -> { };

    void cancelled(Connection connection, Booking booking, Instant now) throws SQLException;
}
