package fr.borne.central.booking;

import fr.borne.booking.ForwardingLedger;
import fr.borne.booking.Ledger;
import fr.borne.booking.RoundDay;
import fr.borne.central.allotment.Escrow;
import fr.borne.store.StoreException;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The ledger as one caller sees it at central: seats that kiosks hold in escrow are
 * taken, except the caller's own, so the unchanged booking rules count capacity right
 * for the portal, the phone line and every kiosk.
 */
final class EscrowLedger extends ForwardingLedger {

    private final Connection connection;
    private final Escrow escrow;
    private final Optional<String> kioskId;
    private final Map<RoundDay, Integer> heldRead;

    /** @param heldRead seats held in escrow on a round day, read already in this transaction */
    EscrowLedger(Ledger ledger, Connection connection, Escrow escrow, Optional<String> kioskId,
                 Map<RoundDay, Integer> heldRead) {
        super(ledger);
        this.connection = connection;
        this.escrow = escrow;
        this.kioskId = kioskId;
        this.heldRead = Map.copyOf(heldRead);
    }

    @Override
    public int seatsTaken(String roundId, LocalDate date, Instant now) {
        try {
            Integer read = heldRead.get(new RoundDay(roundId, date));
            int held = read != null ? read : escrow.held(connection, roundId, date, kioskId);
            return forwarded().seatsTaken(roundId, date, now) + held;
        } catch (SQLException e) {
            throw new StoreException("reading allotments failed", e);
        }
    }

    @Override
    public Map<RoundDay, Integer> seatsTaken(String establishmentId, LocalDate from, LocalDate to, Instant now) {
        try {
            Map<RoundDay, Integer> taken = new HashMap<>(forwarded().seatsTaken(establishmentId, from, to, now));
            escrow.heldBetween(connection, establishmentId, from, to, kioskId)
                    .forEach((roundDay, held) -> taken.merge(roundDay, held, Integer::sum));
            return taken;
        } catch (SQLException e) {
            throw new StoreException("reading allotments failed", e);
        }
    }










}
