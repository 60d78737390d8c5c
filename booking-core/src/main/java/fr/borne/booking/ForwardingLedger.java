package fr.borne.booking;

import fr.borne.detainee.Detainee;
import fr.borne.establishment.Closure;
import fr.borne.establishment.Establishment;
import fr.borne.establishment.Round;
import fr.borne.permit.Permit;
import fr.borne.visitor.Visitor;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A ledger that answers every question from another one: the base of a ledger that sees
 * one part differently (central's escrowed seats), overriding that part only.
 */
public abstract class ForwardingLedger implements Ledger {

    private final Ledger ledger;

    protected ForwardingLedger(Ledger ledger) {
        this.ledger = ledger;
    }

    /** The ledger answering what this one does not change. */
    protected final Ledger forwarded() {
        return ledger;
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

    @Override
    public int seatsTaken(String roundId, LocalDate date, Instant now) {
        return ledger.seatsTaken(roundId, date, now);
    }

    @Override
    public Map<RoundDay, Integer> seatsTaken(String establishmentId, LocalDate from, LocalDate to, Instant now) {
        return ledger.seatsTaken(establishmentId, from, to, now);
    }
}
