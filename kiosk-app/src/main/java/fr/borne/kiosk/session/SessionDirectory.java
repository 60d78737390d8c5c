package fr.borne.kiosk.session;

import fr.borne.booking.Booking;
import fr.borne.detainee.Detainee;
import fr.borne.establishment.Establishment;
import fr.borne.establishment.RoundOccurrence;
import fr.borne.kiosk.remote.RemoteVisit;
import fr.borne.permit.Permit;
import fr.borne.visitor.BadgeLookup;
import fr.borne.visitor.Visitor;
import fr.borne.visitor.VisitorDirectory;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** What the screens read about people: the replica, or what central said of a visitor of elsewhere (B11). */
public final class SessionDirectory implements VisitorDirectory {

    private final VisitorDirectory local;
    private final Session session;

    public SessionDirectory(VisitorDirectory local, Session session) {
        this.local = local;
        this.session = session;
    }

    private VisitorDirectory current() {
        return session.remote().<VisitorDirectory>map(RemoteVisit::directory).orElse(local);
    }

    /** Badges are always looked up in the replica first. */
    @Override
    public BadgeLookup identify(String scannedCode) {
        return local.identify(scannedCode);
    }

    @Override
    public Optional<Visitor> visitor(String visitorId) {
        return current().visitor(visitorId);
    }

    @Override
    public Optional<Detainee> detainee(String detaineeId) {
        return current().detainee(detaineeId);
    }

    @Override
    public Optional<Establishment> establishment(String establishmentId) {
        Optional<Establishment> found = current().establishment(establishmentId);
        return found.isPresent() ? found : local.establishment(establishmentId);
    }

    /** Every replica holds every establishment's public details. */
    @Override
    public List<Establishment> establishments() {
        return local.establishments();
    }

    @Override
    public List<Permit> permitsOf(String visitorId) {
        return current().permitsOf(visitorId);
    }

    @Override
    public List<Visitor> companionsFor(String visitorId, String detaineeId) {
        return current().companionsFor(visitorId, detaineeId);
    }

    @Override
    public List<Booking> upcomingBookings(String visitorId) {
        return current().upcomingBookings(visitorId);
    }

    @Override
    public List<Booking> cancelledByEstablishment(String visitorId) {
        return current().cancelledByEstablishment(visitorId);
    }

    @Override
    public Optional<Booking> booking(UUID bookingId) {
        return current().booking(bookingId);
    }

    @Override
    public Optional<RoundOccurrence> occurrence(String roundId, LocalDate date) {
        return current().occurrence(roundId, date);
    }
}
