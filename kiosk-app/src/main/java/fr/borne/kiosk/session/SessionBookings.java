package fr.borne.kiosk.session;

import fr.borne.booking.Availability;
import fr.borne.booking.BookingRequest;
import fr.borne.booking.BookingResult;
import fr.borne.booking.BookingService;
import fr.borne.booking.HoldResult;
import fr.borne.kiosk.remote.RemoteVisit;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** The booking service of the visitor at the screen: the replica's, or central's for a visitor of elsewhere (B11). */
public final class SessionBookings implements BookingService {

    private final BookingService local;
    private final Session session;

    public SessionBookings(BookingService local, Session session) {
        this.local = local;
        this.session = session;
    }

    private BookingService current() {
        return session.remote().<BookingService>map(RemoteVisit::bookings).orElse(local);
    }

    @Override
    public Availability availability(String visitorId, String detaineeId) {
        return current().availability(visitorId, detaineeId);
    }

    @Override
    public HoldResult hold(String visitorId, String detaineeId, String roundId, LocalDate date) {
        return current().hold(visitorId, detaineeId, roundId, date);
    }

    @Override
    public void release(UUID holdId) {
        current().release(holdId);
    }

    @Override
    public BookingResult confirm(UUID holdId, BookingRequest request) {
        return current().confirm(holdId, request);
    }

    @Override
    public BookingResult changeVisitors(UUID bookingId, String actorId, List<String> visitorIds) {
        return current().changeVisitors(bookingId, actorId, visitorIds);
    }

    @Override
    public BookingResult cancel(UUID bookingId, String actorId) {
        return current().cancel(bookingId, actorId);
    }
}
