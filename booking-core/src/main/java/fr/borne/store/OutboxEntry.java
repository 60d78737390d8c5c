package fr.borne.store;

import fr.borne.booking.Booking;

import java.time.Instant;
import java.util.Optional;

/** One change to push: the booking as it stood right after the change. */
public record OutboxEntry(
        long id,
        OutboxKind kind,
        Booking booking,
        Instant createdAt,
        int attempts,
        Optional<String> lastError,
        OutboxState state) {
}
