package fr.borne.central.feed;

import fr.borne.store.DetaineeRepository;
import fr.borne.store.PermitRepository;
import fr.borne.store.Sql;
import fr.borne.store.SqlReads;
import fr.borne.store.VisitorRepository;
import fr.borne.sync.BookingData;
import fr.borne.sync.Change;
import fr.borne.sync.ChangeApplier;
import fr.borne.sync.LocalAllotments;
import fr.borne.detainee.Detainee;
import fr.borne.permit.Permit;
import fr.borne.visitor.Badge;
import fr.borne.visitor.Visitor;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Writes a change at central and puts it in the feed for every establishment that may
 * cache it: a person goes to the establishments where they hold a permit, with their
 * badges, just before the permit that links them.
 */
public final class Publisher {

    private final ChangeFeed feed;
    private final ChangeApplier applier = new ChangeApplier(new LocalAllotments());

    public Publisher(ChangeFeed feed) {
        this.feed = feed;
    }

    public void publish(Connection connection, List<Change> changes, Instant now) throws SQLException {
        applier.apply(connection, changes, now);
        for (Change change : changes) {
            for (String scope : scopes(connection, change)) {
                if (change instanceof Change.PermitChanged permit) {
                    feed.appendAll(connection, scope, personOf(connection, permit.permit().visitorId()));
                }
                feed.append(connection, scope, change);
            }
        }
    }

    /** Appends changes central already holds to one establishment's feed only, whatever their usual scope. */
    public void publishOnlyTo(Connection connection, String scope, List<Change> changes) throws SQLException {
        feed.appendAll(connection, scope, changes);
    }

    /** Puts a booking's new state (and the permits it used or gave back) in its establishment's feed. */
    public void bookingChanged(Connection connection, BookingData booking, List<String> visitorsTouched)
            throws SQLException {
        Optional<Publication> publication = bookingChange(connection, booking, visitorsTouched);
        if (publication.isPresent()) {
            append(connection, List.of(publication.get()));
        }
    }

    /**
     * What {@link #bookingChanged} appends, read now and appended later by {@link #append}: a
     * transaction appends last, just before its commit (see {@link ChangeFeed} on the lock).
     */
    public Optional<Publication> bookingChange(Connection connection, BookingData booking, List<String> visitorsTouched)
            throws SQLException {
        SqlReads reads = new SqlReads();
        Supplier<Optional<Detainee>> detainee = DetaineeRepository.find(reads, booking.detaineeId());
        // only a provisional permit counts its visits (P2, C8): a permanent one did not change
        Supplier<List<Permit>> permits = PermitRepository.provisional(reads, visitorsTouched, booking.detaineeId());
        reads.run(connection);
        if (detainee.get().isEmpty()) {
            return Optional.empty();
        }
        List<Change> changes = new ArrayList<>();
        permits.get().forEach(p -> changes.add(new Change.PermitChanged(p)));
        changes.add(new Change.BookingChanged(booking));
        return Optional.of(new Publication(detainee.get().get().establishmentId(), changes));
    }

    /** Appends publications prepared earlier in this transaction, in their order. */
    public void append(Connection connection, List<Publication> publications) throws SQLException {
        for (Publication publication : publications) {
            feed.appendAll(connection, publication.scope(), publication.changes());
        }
    }

    /** Changes for one scope of the feed, read in a transaction and appended at its end. */
    public record Publication(String scope, List<Change> changes) {
        public Publication {
            changes = List.copyOf(changes);
        }
    }

    private List<Change> personOf(Connection connection, String visitorId) throws SQLException {
        List<Change> person = new ArrayList<>();
        Optional<Visitor> visitor = new VisitorRepository(connection).find(visitorId);
        visitor.ifPresent(v -> person.add(new Change.VisitorChanged(v)));
        Sql.list(connection, "SELECT code_hash, visitor_id, revoked FROM badge WHERE visitor_id = ?",
                        row -> new Badge(row.getString(1), row.getString(2), row.getInt(3) != 0), visitorId)
                .forEach(b -> person.add(new Change.BadgeChanged(b)));
        return person;
    }

    private List<String> scopes(Connection connection, Change change) throws SQLException {
        if (change instanceof Change.EstablishmentChanged) {
            return List.of(ChangeFeed.EVERY_KIOSK);
        } else if (change instanceof Change.RoundChanged c) {
            return List.of(c.round().establishmentId());
        } else if (change instanceof Change.ClosureChanged c) {
            return List.of(c.closure().establishmentId());
        } else if (change instanceof Change.DetaineeChanged c) {
            return List.of(c.detainee().establishmentId());
        } else if (change instanceof Change.PermitChanged c) {
            return establishmentOfDetainee(connection, c.permit().detaineeId());
        } else if (change instanceof Change.BookingChanged c) {
            return establishmentOfDetainee(connection, c.booking().detaineeId());
        } else if (change instanceof Change.VisitorChanged c) {
            return establishmentsOfVisitor(connection, c.visitor().id());
        } else if (change instanceof Change.BadgeChanged c) {
            return establishmentsOfVisitor(connection, c.badge().visitorId());
        }
        return List.of();
    }

    private static List<String> establishmentOfDetainee(Connection connection, String detaineeId) throws SQLException {
        return new DetaineeRepository(connection).find(detaineeId).map(Detainee::establishmentId).stream().toList();
    }

    private static List<String> establishmentsOfVisitor(Connection connection, String visitorId) throws SQLException {
        return Sql.list(connection, """
                SELECT DISTINCT d.establishment_id FROM permit p JOIN detainee d ON d.id = p.detainee_id
                WHERE p.visitor_id = ?""", row -> row.getString(1), visitorId);
    }
}
