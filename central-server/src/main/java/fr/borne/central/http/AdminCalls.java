package fr.borne.central.http;

import fr.borne.booking.Booking;
import fr.borne.booking.BookingStatus;
import fr.borne.central.CentralServices;
import fr.borne.central.movement.Movement;
import fr.borne.central.movement.MovementOutcome;
import fr.borne.central.movement.Movements;
import fr.borne.establishment.Closure;
import fr.borne.establishment.RoundOccurrence;
import fr.borne.store.BookingRepository;
import fr.borne.store.ClosureRepository;
import fr.borne.store.EstablishmentRepository;
import fr.borne.store.PermitRepository;
import fr.borne.store.Sql;
import fr.borne.sync.AllotmentTotals;
import fr.borne.sync.BookingData;
import fr.borne.sync.Change;
import fr.borne.sync.ClosureData;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * What the establishment's staff and tools do at central: register, enrol and revoke kiosks,
 * publish data, close rounds. Used by the admin routes and by {@code borne-central}'s commands.
 */
public final class AdminCalls {

    public record KioskRegistration(String kioskId, String establishmentId) {
    }

    record Recall(String kioskId, String roundId, LocalDate date, int seats) {
    }

    private final CentralServices services;

    public AdminCalls(CentralServices services) {
        this.services = services;
    }

    void registerKiosk(KioskRegistration registration) {
        services.database().write(c -> {
            services.kiosks().register(c, registration.kioskId(), registration.establishmentId());
            return null;
        });
    }

    /** Registers the kiosk with the one certificate it may show from now on (SHA-256 of its DER). */
    public void enrolKiosk(KioskRegistration registration, String certificateSha256) {
        services.database().write(c -> {
            services.kiosks().enrol(c, registration.kioskId(), registration.establishmentId(), certificateSha256);
            return null;
        });
    }

    /**
     * Revokes the kiosk: central refuses its next call, whatever certificate it shows, and the
     * seats it held free go back to the pool. False when central does not know the kiosk.
     */
    public boolean revokeKiosk(String kioskId) {
        return services.database().write(c -> {
            boolean known = services.kiosks().revoke(c, kioskId, services.clock().instant());
            if (known) {
                services.escrow().forfeit(c, kioskId);
            }
            return known;
        });
    }

    void publish(List<Change> changes) {
        services.database().write(c -> {
            services.publisher().publish(c, changes, services.clock().instant());
            return null;
        });
    }

    /** B14: records a transfer or a release (see {@link Movements}). */
    public MovementOutcome move(Movement movement) {
        return services.database().write(c -> services.movements().record(c, movement, services.clock().instant()));
    }

    /**
     * B12: the closure, and every booking it removes cancelled, their visits given back and
     * their visitors' notices written. False when central knows no such establishment.
     */
    public boolean closeIfKnown(ClosureData closureData) {
        boolean known = services.database().read(c -> new EstablishmentRepository(c)
                .find(closureData.establishmentId()).isPresent());
        if (known) {
            close(closureData);
        }
        return known;
    }

    /** B12: the closure, and every booking it removes cancelled, their visits given back. */
    void close(ClosureData closureData) {
        Closure closure = closureData.toClosure();
        services.database().write(c -> {
            new ClosureRepository(c).save(closure);
            services.publisher().publish(c, List.of(new Change.ClosureChanged(closureData)),
                    services.clock().instant());
            var zone = new EstablishmentRepository(c).find(closure.establishmentId()).orElseThrow().zone();
            BookingRepository bookings = new BookingRepository(c);
            List<UUID> onThatDay = Sql.list(c, """
                    SELECT b.id FROM booking b JOIN round r ON r.id = b.round_id
                    WHERE r.establishment_id = ? AND b.date = ? AND b.status = 'CONFIRMED'""",
                    row -> UUID.fromString(row.getString(1)), closure.establishmentId(), closure.date());
            for (UUID id : onThatDay) {
                Booking booking = bookings.find(id).orElseThrow();
                boolean closed = closes(c, closure, booking, zone);
                if (closed) {
                    Booking cancelled = booking.withStatus(BookingStatus.CANCELLED_BY_CLOSURE);
                    bookings.saveStatus(cancelled, services.clock().instant());
                    new PermitRepository(c).giveVisitBack(booking.visitorIds(), booking.detaineeId());
                    services.publisher().bookingChanged(c, BookingData.of(cancelled), booking.visitorIds());
                    services.notices().cancelled(c, cancelled, services.clock().instant());
                }
            }
            return null;
        });
    }

    private static boolean closes(java.sql.Connection c, Closure closure, Booking booking, java.time.ZoneId zone)
            throws java.sql.SQLException {
        var rounds = new fr.borne.store.RoundRepository(c);
        for (String roundId : booking.secondRoundId().map(s -> List.of(booking.roundId(), s))
                .orElse(List.of(booking.roundId()))) {
            var round = rounds.find(roundId);
            if (round.isPresent() && closure.closes(new RoundOccurrence(round.get(), booking.date(), zone))) {
                return true;
            }
        }
        return false;
    }

    AllotmentTotals recall(Recall recall) {
        return services.database().write(c -> services.escrow().recall(c, recall.kioskId(), recall.roundId(),
                recall.date(), recall.seats()));
    }
}
