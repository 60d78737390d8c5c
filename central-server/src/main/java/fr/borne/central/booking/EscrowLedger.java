package fr.borne.central.booking;

import fr.borne.booking.Booking;
import fr.borne.booking.Ledger;
import fr.borne.booking.RoundDay;
import fr.borne.central.allotment.Escrow;
import fr.borne.detainee.Detainee;
import fr.borne.establishment.Closure;
import fr.borne.establishment.Establishment;
import fr.borne.establishment.Round;
import fr.borne.permit.Permit;
import fr.borne.store.StoreException;
import fr.borne.visitor.Visitor;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The ledger as one caller sees it at central: seats that kiosks hold in escrow are
 * taken, except the caller's own, so the unchanged booking rules count capacity right
 * for the portal, the phone line and every kiosk.
 */
final class EscrowLedger implements Ledger {

    private final Ledger ledger;
    private final Connection connection;
    private final Escrow escrow;
    private final Optional<String> kioskId;

    EscrowLedger(Ledger ledger, Connection connection, Escrow escrow, Optional<String> kioskId) {
        this.ledger = ledger;
        this.connection = connection;
        this.escrow = escrow;
        this.kioskId = kioskId;
    }

    @Override
    public int seatsTaken(String roundId, LocalDate date, Instant now) {
        try {
            return ledger.seatsTaken(roundId, date, now) + escrow.held(connection, roundId, date, kioskId);
        } catch (SQLException e) {
            throw new StoreException("reading allotments failed", e);
        }
    }

    @Override
    public Map<RoundDay, Integer> seatsTaken(String establishmentId, LocalDate from, LocalDate to, Instant now) {
        try {
            Map<RoundDay, Integer> taken = new HashMap<>(ledger.seatsTaken(establishmentId, from, to, now));
            escrow.heldBetween(connection, establishmentId, from, to, kioskId)
                    .forEach((roundDay, held) -> taken.merge(roundDay, held, Integer::sum));
            return taken;
        } catch (SQLException e) {
            throw new StoreException("reading allotments failed", e);
        }
    }

    @Override
    public Optional<Establishment> establishment(String establishmentId) {
        return ledger.establishment(establishmentId);
    }

    @Override
    public Optional<Detainee> detainee(String detaineeId) {
        return ledger.detainee(detaineeId);
    }

    @Override
    public Optional<Visitor> visitor(String visitorId) {
        return ledger.visitor(visitorId);
    }

    @Override
    public Optional<Permit> permit(String visitorId, String detaineeId) {
        return ledger.permit(visitorId, detaineeId);
    }

    @Override
    public List<Permit> permitsOfDetainee(String detaineeId) {
        return ledger.permitsOfDetainee(detaineeId);
    }

    @Override
    public List<Round> rounds(String establishmentId) {
        return ledger.rounds(establishmentId);
    }

    @Override
    public Optional<Round> round(String roundId) {
        return ledger.round(roundId);
    }

    @Override
    public List<Closure> closures(String establishmentId, LocalDate from, LocalDate to) {
        return ledger.closures(establishmentId, from, to);
    }

    @Override
    public List<Booking> bookingsOfDetainee(String detaineeId, LocalDate from, LocalDate to) {
        return ledger.bookingsOfDetainee(detaineeId, from, to);
    }

    @Override
    public List<Booking> bookingsOfVisitor(String visitorId, LocalDate from, LocalDate to) {
        return ledger.bookingsOfVisitor(visitorId, from, to);
    }
}
