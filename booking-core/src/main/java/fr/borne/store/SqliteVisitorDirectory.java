package fr.borne.store;

import fr.borne.booking.Booking;
import fr.borne.detainee.Detainee;
import fr.borne.establishment.Establishment;
import fr.borne.establishment.RoundOccurrence;
import fr.borne.permit.Permit;
import fr.borne.visitor.Badge;
import fr.borne.visitor.BadgeCode;
import fr.borne.visitor.BadgeLookup;
import fr.borne.visitor.Visitor;
import fr.borne.visitor.VisitorDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/** What the kiosk reads about people, from the local replica. Never logs a name or a badge code. */
public final class SqliteVisitorDirectory implements VisitorDirectory {

    private static final Logger LOG = LoggerFactory.getLogger(SqliteVisitorDirectory.class);
    private static final int LOGGED_HASH_CHARS = 8;

    private final Database database;
    private final String establishmentId;
    private final Clock clock;

    /** @param establishmentId the establishment this kiosk serves: its zone decides what "today" is */
    public SqliteVisitorDirectory(Database database, String establishmentId, Clock clock) {
        this.database = Objects.requireNonNull(database, "database");
        this.establishmentId = Objects.requireNonNull(establishmentId, "establishmentId");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public BadgeLookup identify(String scannedCode) {
        if (scannedCode == null || scannedCode.isBlank()) {
            return new BadgeLookup.Unknown();
        }
        List<String> candidates = BadgeCode.candidates(scannedCode);
        String hash = candidates.get(0);
        return database.read(connection -> {
            Optional<Badge> badge = Optional.empty();
            for (String candidate : candidates) {
                if (badge.isEmpty()) {
                    badge = new BadgeRepository(connection).findByHash(candidate);
                }
            }
            if (badge.isEmpty()) {
                LOG.info("unknown badge presented (hash {})", prefix(hash));
                return new BadgeLookup.Unknown();
            }
            if (badge.get().revoked()) {
                LOG.warn("revoked badge presented (hash {}, visitor {})", prefix(hash), badge.get().visitorId());
                return new BadgeLookup.Revoked();
            }
            return new VisitorRepository(connection).find(badge.get().visitorId())
                    .<BadgeLookup>map(BadgeLookup.Known::new)
                    .orElseGet(BadgeLookup.Unknown::new);
        });
    }

    private static String prefix(String hash) {
        return hash.substring(0, LOGGED_HASH_CHARS);
    }

    @Override
    public Optional<Visitor> visitor(String visitorId) {
        return database.read(connection -> new VisitorRepository(connection).find(visitorId));
    }

    @Override
    public Optional<Detainee> detainee(String detaineeId) {
        return database.read(connection -> new DetaineeRepository(connection).find(detaineeId));
    }

    @Override
    public Optional<Establishment> establishment(String id) {
        return database.read(connection -> new EstablishmentRepository(connection).find(id));
    }

    @Override
    public List<Establishment> establishments() {
        return database.read(connection -> new EstablishmentRepository(connection).all());
    }

    @Override
    public List<Permit> permitsOf(String visitorId) {
        return database.read(connection -> new PermitRepository(connection).ofVisitor(visitorId));
    }

    @Override
    public List<Visitor> companionsFor(String visitorId, String detaineeId) {
        return database.read(connection -> new VisitorRepository(connection).withActivePermitFor(detaineeId, visitorId));
    }

    @Override
    public List<Booking> upcomingBookings(String visitorId) {
        return database.read(connection ->
                new BookingRepository(connection).confirmedInvolving(visitorId, LocalDate.now(clock.withZone(zone(connection)))));
    }

    @Override
    public List<Booking> cancelledByEstablishment(String visitorId) {
        return database.read(connection -> new BookingRepository(connection)
                .cancelledByEstablishmentInvolving(visitorId, LocalDate.now(clock.withZone(zone(connection)))));
    }

    @Override
    public Optional<Booking> booking(UUID bookingId) {
        return database.read(connection -> new BookingRepository(connection).find(bookingId));
    }

    @Override
    public Optional<RoundOccurrence> occurrence(String roundId, LocalDate date) {
        return database.read(connection -> {
            var round = new RoundRepository(connection).find(roundId).filter(r -> r.day() == date.getDayOfWeek());
            if (round.isEmpty()) {
                return Optional.empty();
            }
            return new EstablishmentRepository(connection).find(round.get().establishmentId())
                    .map(e -> new RoundOccurrence(round.get(), date, e.zone()));
        });
    }

    private ZoneId zone(Connection connection) throws SQLException {
        return new EstablishmentRepository(connection).find(establishmentId).map(Establishment::zone)
                .orElse(clock.getZone());
    }
}
