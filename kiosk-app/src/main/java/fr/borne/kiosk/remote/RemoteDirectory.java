package fr.borne.kiosk.remote;

import fr.borne.booking.Booking;
import fr.borne.booking.BookingStatus;
import fr.borne.detainee.Detainee;
import fr.borne.establishment.Establishment;
import fr.borne.establishment.Round;
import fr.borne.establishment.RoundOccurrence;
import fr.borne.permit.Permit;
import fr.borne.sync.local.RemotePermit;
import fr.borne.sync.local.RemoteVisitor;
import fr.borne.visitor.BadgeLookup;
import fr.borne.visitor.Visitor;
import fr.borne.visitor.VisitorDirectory;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * What central told about a visitor of another establishment (B11), held in memory for
 * their session only: their permits, the detainees and establishments they name, who may
 * come along, their bookings, and the rounds seen so far. Nothing of it is ever written
 * to the replica; it goes with the session.
 */
public final class RemoteDirectory implements VisitorDirectory {

    private final Visitor visitor;
    private final List<RemotePermit> permits;
    private final Clock clock;
    private final Map<String, Visitor> people = new HashMap<>();
    private final Map<String, Detainee> detainees = new HashMap<>();
    private final Map<String, Establishment> establishments = new HashMap<>();
    private final Map<String, Round> rounds = new HashMap<>();
    private final Map<UUID, Booking> bookings = new LinkedHashMap<>();

    public RemoteDirectory(RemoteVisitor found, Clock clock) {
        this.visitor = found.visitor();
        this.permits = found.permits();
        this.clock = clock;
        people.put(visitor.id(), visitor);
        for (RemotePermit permit : permits) {
            detainees.put(permit.detainee().id(), permit.detainee());
            establishments.put(permit.establishment().id(), permit.establishment());
            permit.companions().forEach(v -> people.putIfAbsent(v.id(), v));
        }
        found.bookings().forEach(b -> {
            rounds.put(b.round().id(), b.round());
            bookings.put(b.booking().id(), b.booking().toBooking());
        });
    }

    public Visitor visitor() {
        return visitor;
    }

    /** A booking central answered with: made, changed or cancelled in this session. */
    void remember(Booking booking) {
        bookings.put(booking.id(), booking);
    }

    void learn(Round round) {
        rounds.put(round.id(), round);
    }

    void learn(Establishment establishment) {
        establishments.put(establishment.id(), establishment);
    }

    @Override
    public BadgeLookup identify(String scannedCode) {
        return new BadgeLookup.Unknown();
    }

    @Override
    public Optional<Visitor> visitor(String visitorId) {
        return Optional.ofNullable(people.get(visitorId));
    }

    @Override
    public Optional<Detainee> detainee(String detaineeId) {
        return Optional.ofNullable(detainees.get(detaineeId));
    }

    @Override
    public Optional<Establishment> establishment(String establishmentId) {
        return Optional.ofNullable(establishments.get(establishmentId));
    }

    @Override
    public List<Permit> permitsOf(String visitorId) {
        return visitor.id().equals(visitorId) ? permits.stream().map(RemotePermit::permit).toList() : List.of();
    }

    @Override
    public List<Visitor> companionsFor(String visitorId, String detaineeId) {
        return permits.stream().filter(p -> p.detainee().id().equals(detaineeId))
                .flatMap(p -> p.companions().stream())
                .filter(v -> !v.id().equals(visitorId))
                .distinct().toList();
    }

    @Override
    public List<Booking> upcomingBookings(String visitorId) {
        Instant now = clock.instant();
        return bookings.values().stream()
                .filter(b -> b.status() == BookingStatus.CONFIRMED && b.involves(visitorId))
                .filter(b -> occurrence(b.roundId(), b.date()).map(o -> !o.end().isBefore(now)).orElse(false))
                .sorted(Comparator.comparing(b -> occurrence(b.roundId(), b.date()).orElseThrow().start()))
                .toList();
    }

    @Override
    public Optional<Booking> booking(UUID bookingId) {
        return Optional.ofNullable(bookings.get(bookingId));
    }

    @Override
    public Optional<RoundOccurrence> occurrence(String roundId, LocalDate date) {
        Round round = rounds.get(roundId);
        if (round == null || round.day() != date.getDayOfWeek()) {
            return Optional.empty();
        }
        return establishment(round.establishmentId()).map(e -> new RoundOccurrence(round, date, e.zone()));
    }
}
