package fr.borne.booking;

import fr.borne.detainee.Detainee;
import fr.borne.establishment.Closure;
import fr.borne.establishment.Establishment;
import fr.borne.establishment.Round;
import fr.borne.permit.Permit;
import fr.borne.visitor.Visitor;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Answers each distinct question once from the ledger it wraps, then from memory: for
 * measuring the rules' own cost on facts that do not change.
 */
final class MemoizedLedger implements Ledger {

    private final Ledger ledger;
    private final Map<List<Object>, Object> answers = new HashMap<>();

    MemoizedLedger(Ledger ledger) {
        this.ledger = ledger;
    }

    @SuppressWarnings("unchecked")
    private <T> T memo(Supplier<T> question, Object... key) {
        return (T) answers.computeIfAbsent(List.of(key), k -> question.get());
    }

    @Override
    public Optional<Establishment> establishment(String id) {
        return memo(() -> ledger.establishment(id), "establishment", id);
    }

    @Override
    public Optional<Detainee> detainee(String id) {
        return memo(() -> ledger.detainee(id), "detainee", id);
    }

    @Override
    public Optional<Visitor> visitor(String id) {
        return memo(() -> ledger.visitor(id), "visitor", id);
    }

    @Override
    public Optional<Permit> permit(String visitorId, String detaineeId) {
        return memo(() -> ledger.permit(visitorId, detaineeId), "permit", visitorId, detaineeId);
    }

    @Override
    public List<Permit> permitsOfDetainee(String detaineeId) {
        return memo(() -> ledger.permitsOfDetainee(detaineeId), "permitsOfDetainee", detaineeId);
    }

    @Override
    public List<Round> rounds(String establishmentId) {
        return memo(() -> ledger.rounds(establishmentId), "rounds", establishmentId);
    }

    @Override
    public Optional<Round> round(String roundId) {
        return memo(() -> ledger.round(roundId), "round", roundId);
    }

    @Override
    public List<Closure> closures(String establishmentId, LocalDate from, LocalDate to) {
        return memo(() -> ledger.closures(establishmentId, from, to), "closures", establishmentId, from, to);
    }

    @Override
    public List<Booking> bookingsOfDetainee(String detaineeId, LocalDate from, LocalDate to) {
        return memo(() -> ledger.bookingsOfDetainee(detaineeId, from, to), "ofDetainee", detaineeId, from, to);
    }

    @Override
    public List<Booking> bookingsOfVisitor(String visitorId, LocalDate from, LocalDate to) {
        return memo(() -> ledger.bookingsOfVisitor(visitorId, from, to), "ofVisitor", visitorId, from, to);
    }

    @Override
    public int seatsTaken(String roundId, LocalDate date, Instant now) {
        return memo(() -> ledger.seatsTaken(roundId, date, now), "seats", roundId, date, now);
    }

    @Override
    public Map<RoundDay, Integer> seatsTaken(String establishmentId, LocalDate from, LocalDate to, Instant now) {
        return memo(() -> ledger.seatsTaken(establishmentId, from, to, now), "allSeats", establishmentId, from, to, now);
    }
}
