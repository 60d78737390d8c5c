package fr.borne.central.movement;

import fr.borne.booking.Booking;
import fr.borne.central.feed.Publisher;
import fr.borne.detainee.Detainee;
import fr.borne.establishment.Establishment;
import fr.borne.permit.Permit;
import fr.borne.permit.PermitKind;
import fr.borne.permit.PermitStatus;
import fr.borne.store.BookingRepository;
import fr.borne.store.DetaineeRepository;
import fr.borne.store.EstablishmentRepository;
import fr.borne.store.PermitRepository;
import fr.borne.store.Sql;
import fr.borne.sync.BookingData;
import fr.borne.sync.Change;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * B14 at central. Recording a transfer or a release cancels at once every confirmed booking
 * of the detainee from its date (each with the movement's own status), gives provisional
 * visits back and frees the seats; each cancellation goes to the old establishment's feed and
 * to {@link BookingCancelled} (the visitors' notices). On its date the movement takes effect:
 * a transferred detainee belongs to the new establishment, whose kiosks then receive the
 * detainee and the permits that follow them (P2: a permanent permit survives the transfer; a
 * provisional one ends with it), and the old establishment's kiosks learn where the detainee
 * went (so a visitor there books through central, B11); a released detainee's permits end.
 */
public final class Movements {

    private static final Logger LOG = LoggerFactory.getLogger(Movements.class);

    private final Publisher publisher;
    private final BookingCancelled cancelled;

    public Movements(Publisher publisher, BookingCancelled cancelled) {
        this.publisher = publisher;
        this.cancelled = cancelled;
    }

    public MovementOutcome record(Connection connection, Movement movement, Instant now) throws SQLException {
        Optional<Detainee> found = new DetaineeRepository(connection).find(movement.detaineeId());
        if (found.isEmpty()) {
            return MovementOutcome.refused(MovementRefusal.UNKNOWN_DETAINEE);
        }
        Detainee detainee = found.get();
        EstablishmentRepository establishments = new EstablishmentRepository(connection);
        if (movement.toEstablishmentId().isPresent()) {
            if (establishments.find(movement.toEstablishmentId().get()).isEmpty()) {
                return MovementOutcome.refused(MovementRefusal.UNKNOWN_ESTABLISHMENT);
            }
            if (movement.toEstablishmentId().get().equals(detainee.establishmentId())) {
                return MovementOutcome.refused(MovementRefusal.SAME_ESTABLISHMENT);
            }
        }
        Establishment from = establishments.find(detainee.establishmentId()).orElseThrow();
        LocalDate today = LocalDate.ofInstant(now, from.zone());
        Sql.update(connection, """
                DELETE FROM central_movement WHERE detainee_id = ? AND kind = ? AND effective_date = ?""",
                movement.detaineeId(), movement.kind().name(), movement.effectiveDate());
        Sql.update(connection, """
                INSERT INTO central_movement (detainee_id, kind, effective_date, to_establishment_id, recorded_at)
                VALUES (?, ?, ?, ?, ?)""", movement.detaineeId(), movement.kind().name(), movement.effectiveDate(),
                movement.toEstablishmentId().orElse(null), now.toEpochMilli());
        List<UUID> cancelledIds = cancelFrom(connection, movement, detainee, today, now);
        boolean due = !movement.effectiveDate().isAfter(today);
        if (due) {
            apply(connection, movement, detainee, now);
        }
        LOG.info("{} of detainee {} from {} recorded: {} booking(s) cancelled, {}", movement.kind(),
                movement.detaineeId(), movement.effectiveDate(), cancelledIds.size(), due ? "in effect" : "pending");
        return MovementOutcome.done(cancelledIds, due);
    }

    /**
     * Takes every movement whose date has come into effect; bookings made at the old
     * establishment for a date from the movement's since it was recorded are cancelled too.
     */
    public int applyDue(Connection connection, Instant now) throws SQLException {
        List<Movement> pending = Sql.list(connection, """
                SELECT detainee_id, kind, effective_date, to_establishment_id FROM central_movement
                WHERE applied_at IS NULL ORDER BY effective_date, recorded_at""",
                row -> new Movement(row.getString(1), Movement.Kind.valueOf(row.getString(2)),
                        LocalDate.parse(row.getString(3)), Optional.ofNullable(row.getString(4))));
        int applied = 0;
        for (Movement movement : pending) {
            Optional<Detainee> detainee = new DetaineeRepository(connection).find(movement.detaineeId());
            if (detainee.isEmpty()) {
                continue;
            }
            Establishment from = new EstablishmentRepository(connection).find(detainee.get().establishmentId())
                    .orElseThrow();
            LocalDate today = LocalDate.ofInstant(now, from.zone());
            if (movement.effectiveDate().isAfter(today)) {
                continue;
            }
            cancelFrom(connection, movement, detainee.get(), today, now);
            apply(connection, movement, detainee.get(), now);
            applied++;
        }
        return applied;
    }

    private List<UUID> cancelFrom(Connection connection, Movement movement, Detainee detainee, LocalDate today,
                                  Instant now) throws SQLException {
        LocalDate from = movement.effectiveDate().isBefore(today) ? today : movement.effectiveDate();
        BookingRepository bookings = new BookingRepository(connection);
        PermitRepository permits = new PermitRepository(connection);
        List<UUID> ids = new ArrayList<>();
        for (Booking booking : bookings.confirmedOfDetainee(detainee.id(), from, from.plusYears(2))) {
            Booking after = booking.withStatus(movement.kind().cancels());
            bookings.saveStatus(after, now);
            permits.giveVisitBack(booking.visitorIds(), booking.detaineeId());
            publisher.bookingChanged(connection, BookingData.of(after), booking.visitorIds());
            cancelled.cancelled(connection, after, now);
            ids.add(booking.id());
        }
        return ids;
    }

    private void apply(Connection connection, Movement movement, Detainee detainee, Instant now) throws SQLException {
        List<Permit> permits = new PermitRepository(connection).ofDetainee(detainee.id());
        String oldScope = detainee.establishmentId();
        List<Change> permitChanges = new ArrayList<>();
        for (Permit permit : permits) {
            boolean follows = movement.kind() == Movement.Kind.TRANSFER && permit.kind() == PermitKind.PERMANENT;
            Permit after = follows ? permit : withdrawn(permit);
            permitChanges.add(new Change.PermitChanged(after));
        }
        if (movement.kind() == Movement.Kind.TRANSFER) {
            String to = movement.toEstablishmentId().orElseThrow();
            Establishment target = new EstablishmentRepository(connection).find(to).orElseThrow();
            Detainee moved = new Detainee(detainee.id(), to, detainee.firstName(), detainee.lastName(),
                    detainee.ecrou(), detainee.category(), detainee.doubleVisitGranted(), false);
            // the old establishment's kiosks learn where the detainee went, then that its permits changed
            List<Change> forOld = new ArrayList<>(List.of(new Change.EstablishmentChanged(target),
                    new Change.DetaineeChanged(moved)));
            forOld.addAll(permitChanges);
            publisher.publishOnlyTo(connection, oldScope, forOld);
            // the new establishment's kiosks receive the detainee, and the people of every permit that follows
            List<Change> forNew = new ArrayList<>(List.of(new Change.DetaineeChanged(moved)));
            forNew.addAll(permitChanges);
            publisher.publish(connection, forNew, now);
        } else {
            publisher.publish(connection, permitChanges, now);
        }
        Sql.update(connection, """
                UPDATE central_movement SET applied_at = ?
                WHERE detainee_id = ? AND kind = ? AND effective_date = ?""", now.toEpochMilli(),
                movement.detaineeId(), movement.kind().name(), movement.effectiveDate());
    }

    private static Permit withdrawn(Permit permit) {
        return new Permit(permit.id(), permit.visitorId(), permit.detaineeId(), permit.kind(),
                permit.remainingVisits(), PermitStatus.WITHDRAWN, permit.parentalConsent(), permit.detaineeIsParent());
    }
}
