package fr.borne.sync;

import fr.borne.booking.Booking;
import fr.borne.store.BadgeRepository;
import fr.borne.store.BookingRepository;
import fr.borne.store.ClosureRepository;
import fr.borne.store.DetaineeRepository;
import fr.borne.store.EstablishmentRepository;
import fr.borne.store.PermitRepository;
import fr.borne.store.RoundRepository;
import fr.borne.store.UnpushedChanges;
import fr.borne.store.VisitorRepository;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Writes changes of the feed into the store's tables, inside the caller's transaction.
 * Every write is an upsert of the thing's latest state, so applying a page twice (after a
 * crash between applying it and saving the cursor) changes nothing. Runs of the same kind
 * go in one batch, in feed order, so a thing is written before what refers to it.
 */
public final class ChangeApplier {

    private final LocalAllotments allotments;

    public ChangeApplier(LocalAllotments allotments) {
        this.allotments = allotments;
    }

    public void apply(Connection connection, List<Change> changes, Instant now) throws SQLException {
        UnpushedChanges unpushed = UnpushedChanges.in(connection);
        int start = 0;
        while (start < changes.size()) {
            Class<?> kind = changes.get(start).getClass();
            int end = start;
            while (end < changes.size() && changes.get(end).getClass() == kind) {
                end++;
            }
            applyRun(connection, changes.subList(start, end), now, unpushed);
            start = end;
        }
    }

    private void applyRun(Connection connection, List<Change> run, Instant now, UnpushedChanges unpushed)
            throws SQLException {
        Change first = run.get(0);
        if (first instanceof Change.EstablishmentChanged) {
            EstablishmentRepository repository = new EstablishmentRepository(connection);
            for (Change change : run) {
                repository.save(((Change.EstablishmentChanged) change).establishment());
            }
        } else if (first instanceof Change.RoundChanged) {
            new RoundRepository(connection).saveAll(run.stream().map(c -> ((Change.RoundChanged) c).round()).toList());
        } else if (first instanceof Change.ClosureChanged) {
            ClosureRepository repository = new ClosureRepository(connection);
            for (Change change : run) {
                repository.save(((Change.ClosureChanged) change).closure().toClosure());
            }
        } else if (first instanceof Change.DetaineeChanged) {
            new DetaineeRepository(connection)
                    .saveAll(run.stream().map(c -> ((Change.DetaineeChanged) c).detainee()).toList());
        } else if (first instanceof Change.VisitorChanged) {
            new VisitorRepository(connection)
                    .saveAll(run.stream().map(c -> ((Change.VisitorChanged) c).visitor()).toList());
        } else if (first instanceof Change.BadgeChanged) {
            new BadgeRepository(connection).saveAll(run.stream().map(c -> ((Change.BadgeChanged) c).badge()).toList());
        } else if (first instanceof Change.PermitChanged) {
            new PermitRepository(connection)
                    .saveAll(run.stream().map(c -> ((Change.PermitChanged) c).permit()).toList());
        } else if (first instanceof Change.BookingChanged) {
            // The latest state of each booking of the run is the one that stands.
            Map<UUID, Booking> bookings = new LinkedHashMap<>();
            for (Change change : run) {
                BookingData booking = ((Change.BookingChanged) change).booking();
                if (unpushed.centralVersionApplies(booking.id())) {
                    bookings.remove(booking.id());
                    bookings.put(booking.id(), booking.toBooking());
                }
            }
            new BookingRepository(connection).saveAll(bookings.values(), now);
        } else if (first instanceof Change.AllotmentChanged) {
            for (Change change : run) {
                allotments.merge(connection, ((Change.AllotmentChanged) change).totals());
            }
        }
    }

}
