package fr.borne.booking;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * What the kiosk asks of the booking core. Every write is one short transaction that
 * checks the rules and, with the booking, writes the outbox row the sync agent pushes.
 * Refusals are values; exceptions mean a bug or a broken database.
 */
public interface BookingService {

    /** The next days (15 by default) for this visitor and detainee, with why each round cannot be booked. */
    Availability availability(String visitorId, String detaineeId);

    /** Keeps one seat of that round for the visitor for a few minutes (3 by default). */
    HoldResult hold(String visitorId, String detaineeId, String roundId, LocalDate date);

    /** Gives the seat back at once; unknown or expired holds are ignored. */
    void release(UUID holdId);

    /** Turns the hold into a confirmed booking, if every rule still allows it. */
    BookingResult confirm(UUID holdId, BookingRequest request);

    /** Replaces the visitors of a booking (B3); {@code actorId} is the badge holder asking. */
    BookingResult changeVisitors(UUID bookingId, String actorId, List<String> visitorIds);

    /** Cancels a booking (B4); {@code actorId} is the badge holder asking. */
    BookingResult cancel(UUID bookingId, String actorId);
}
