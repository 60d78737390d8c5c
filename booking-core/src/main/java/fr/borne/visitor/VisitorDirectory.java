package fr.borne.visitor;

import fr.borne.booking.Booking;
import fr.borne.detainee.Detainee;
import fr.borne.establishment.Establishment;
import fr.borne.establishment.RoundOccurrence;
import fr.borne.permit.Permit;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** What the kiosk reads about people, to show a visitor their permits and bookings. */
public interface VisitorDirectory {

    /** Looks a scanned code up by its hash; a revoked badge is reported and logged without the code. */
    BadgeLookup identify(String scannedCode);

    Optional<Visitor> visitor(String visitorId);

    Optional<Detainee> detainee(String detaineeId);

    Optional<Establishment> establishment(String establishmentId);

    /** Every establishment's public details this directory knows, by name (every replica holds them all). */
    default List<Establishment> establishments() {
        return List.of();
    }

    /** The visitor's permits, whatever their status. */
    List<Permit> permitsOf(String visitorId);

    /** Other visitors holding an active permit for the detainee: who may come along (B2). */
    List<Visitor> companionsFor(String visitorId, String detaineeId);

    /** Confirmed bookings naming the visitor or made by them, from today on, soonest first. */
    List<Booking> upcomingBookings(String visitorId);

    /**
     * Bookings of the visitor still ahead that the establishment cancelled (a closure, a
     * transfer, a release: B12, B14), so the visitor is told why at their next scan. None
     * where the directory cannot know (a visitor of another establishment, read from central).
     */
    default List<Booking> cancelledByEstablishment(String visitorId) {
        return List.of();
    }

    Optional<Booking> booking(UUID bookingId);

    Optional<RoundOccurrence> occurrence(String roundId, LocalDate date);
}
