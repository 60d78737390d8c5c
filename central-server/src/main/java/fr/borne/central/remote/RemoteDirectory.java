package fr.borne.central.remote;

import fr.borne.booking.Availability;
import fr.borne.booking.Booking;
import fr.borne.central.booking.CentralBookings;
import fr.borne.central.kiosk.Principal;
import fr.borne.central.session.VisitorSessions;
import fr.borne.detainee.Detainee;
import fr.borne.establishment.Establishment;
import fr.borne.establishment.Round;
import fr.borne.establishment.RoundOccurrence;
import fr.borne.permit.Permit;
import fr.borne.settings.SettingsSource;
import fr.borne.store.BadgeRepository;
import fr.borne.store.BookingRepository;
import fr.borne.store.Database;
import fr.borne.store.DetaineeRepository;
import fr.borne.store.EstablishmentRepository;
import fr.borne.store.PermitRepository;
import fr.borne.store.RoundRepository;
import fr.borne.store.StoreException;
import fr.borne.store.VisitorRepository;
import fr.borne.sync.BookingData;
import fr.borne.sync.local.BadgeState;
import fr.borne.sync.local.RemoteAvailability;
import fr.borne.sync.local.RemoteBooking;
import fr.borne.sync.local.RemotePermit;
import fr.borne.sync.local.RemoteVisitor;
import fr.borne.visitor.Badge;
import fr.borne.visitor.Visitor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * B11: a badge presented at a kiosk of another establishment. Central looks it up across
 * every establishment and answers only what that visitor needs for the session: their
 * permits, each with its detainee, establishment and possible companions, and their
 * upcoming bookings; availability only for a detainee their permit names. Never another
 * establishment's lists. Logs name the kiosk and a hash prefix, never a person.
 */
public final class RemoteDirectory {

    private static final Logger LOG = LoggerFactory.getLogger(RemoteDirectory.class);
    private static final int LOGGED_HASH_CHARS = 8;

    private final Database database;
    private final SettingsSource settings;
    private final Clock clock;
    private final CentralBookings bookings;
    private final VisitorSessions sessions;

    public RemoteDirectory(Database database, SettingsSource settings, Clock clock, CentralBookings bookings,
                           VisitorSessions sessions) {
        this.sessions = sessions;
        this.database = database;
        this.settings = settings;
        this.clock = clock;
        this.bookings = bookings;
    }

    /** What a badge look-up found and, for a known visitor, the session it opened at this kiosk. */
    public record Found(RemoteVisitor visitor, Optional<String> session) {
    }

    /** Looks the badge up; a known visitor gets a session at this kiosk, ending the kiosk's previous one. */
    public Found lookUp(Principal.Kiosk kiosk, String codeHash) {
        Found found = database.write(c -> {
            Instant now = clock.instant();
            RemoteVisitor visitor = lookUp(c, codeHash, now);
            sessions.close(c, kiosk.id());
            if (visitor.badge() != BadgeState.KNOWN) {
                return new Found(visitor, Optional.empty());
            }
            return new Found(visitor, Optional.of(sessions.open(c, kiosk.id(), visitor.visitor().id(), now)));
        });
        LOG.info("kiosk {} looked up a badge of another establishment (hash {}): {}", kiosk.id(),
                codeHash.substring(0, Math.min(LOGGED_HASH_CHARS, codeHash.length())), found.visitor().badge());
        return found;
    }

    /** The kiosk's visitor has gone. */
    public void endSession(Principal.Kiosk kiosk) {
        database.write(c -> {
            sessions.close(c, kiosk.id());
            return null;
        });
    }

    /**
     * Empty unless the kiosk holds this visitor's session and a permit names both: central
     * tells nothing about a detainee, or about who visits them, to anyone else.
     */
    public Optional<RemoteAvailability> availability(Principal.Kiosk kiosk, Optional<String> session,
                                                     String visitorId, String detaineeId) {
        return database.write(c -> {
            if (!sessions.holds(c, kiosk.id(), session, visitorId, clock.instant())
                    || new PermitRepository(c).find(visitorId, detaineeId).isEmpty()) {
                return Optional.empty();
            }
            Optional<Establishment> establishment = new DetaineeRepository(c).find(detaineeId)
                    .flatMap(d -> establishmentOf(c, d));
            if (establishment.isEmpty()) {
                return Optional.empty();
            }
            Availability availability = bookings.availability(c, kiosk, visitorId, detaineeId);
            return Optional.of(RemoteAvailability.of(availability, establishment.get()));
        });
    }

    private RemoteVisitor lookUp(Connection c, String codeHash, Instant now) throws SQLException {
        Optional<Badge> badge = new BadgeRepository(c).findByHash(codeHash);
        if (badge.isEmpty()) {
            return RemoteVisitor.notKnown(BadgeState.UNKNOWN);
        }
        if (badge.get().revoked()) {
            return RemoteVisitor.notKnown(BadgeState.REVOKED);
        }
        Optional<Visitor> visitor = new VisitorRepository(c).find(badge.get().visitorId());
        if (visitor.isEmpty()) {
            return RemoteVisitor.notKnown(BadgeState.UNKNOWN);
        }
        String visitorId = visitor.get().id();
        List<RemotePermit> permits = new ArrayList<>();
        for (Permit permit : new PermitRepository(c).ofVisitor(visitorId)) {
            Optional<Detainee> detainee = new DetaineeRepository(c).find(permit.detaineeId());
            Optional<Establishment> establishment = detainee.flatMap(d -> establishmentOf(c, d));
            if (establishment.isPresent()) {
                permits.add(new RemotePermit(permit, detainee.get(), establishment.get(),
                        new VisitorRepository(c).withActivePermitFor(permit.detaineeId(), visitorId)));
            }
        }
        return new RemoteVisitor(BadgeState.KNOWN, visitor.get(), permits, upcoming(c, visitorId, now));
    }

    private List<RemoteBooking> upcoming(Connection c, String visitorId, Instant now) throws SQLException {
        List<RemoteBooking> upcoming = new ArrayList<>();
        LocalDate yesterday = LocalDate.ofInstant(now, ZoneOffset.UTC).minusDays(1);
        for (Booking booking : new BookingRepository(c).confirmedInvolving(visitorId, yesterday)) {
            Optional<Round> round = new RoundRepository(c).find(booking.roundId());
            Optional<Establishment> establishment = new DetaineeRepository(c).find(booking.detaineeId())
                    .flatMap(d -> establishmentOf(c, d));
            if (round.isEmpty() || establishment.isEmpty() || round.get().day() != booking.date().getDayOfWeek()) {
                continue;
            }
            RoundOccurrence occurrence = new RoundOccurrence(round.get(), booking.date(), establishment.get().zone());
            if (occurrence.end().isAfter(now)) {
                upcoming.add(new RemoteBooking(BookingData.of(booking), round.get(), occurrence.start(),
                        occurrence.convocation(settings.forBooking(establishment.get().id(), round.get().id(),
                                booking.detaineeId()).convocationLead())));
            }
        }
        return upcoming;
    }

    private static Optional<Establishment> establishmentOf(Connection c, Detainee detainee) {
        try {
            return new EstablishmentRepository(c).find(detainee.establishmentId());
        } catch (SQLException e) {
            throw new StoreException("reading an establishment failed", e);
        }
    }
}
