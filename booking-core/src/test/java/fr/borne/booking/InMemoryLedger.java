package fr.borne.booking;

import fr.borne.detainee.Detainee;
import fr.borne.establishment.Closure;
import fr.borne.establishment.Establishment;
import fr.borne.establishment.Round;
import fr.borne.permit.Permit;
import fr.borne.visitor.Visitor;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A {@link Ledger} over plain lists, for rule tests. It counts the queries it answers so
 * tests can hold the rules to a bounded number of them.
 */
final class InMemoryLedger implements Ledger {

    private final List<Establishment> establishments = new ArrayList<>();
    private final List<Round> rounds = new ArrayList<>();
    private final List<Detainee> detainees = new ArrayList<>();
    private final List<Visitor> visitors = new ArrayList<>();
    private final List<Permit> permits = new ArrayList<>();
    private final List<Closure> closures = new ArrayList<>();
    private final List<Booking> bookings = new ArrayList<>();
    private final List<SeatHold> holds = new ArrayList<>();
    private final AtomicInteger queries = new AtomicInteger();
    private final AtomicInteger singleSeatCounts = new AtomicInteger();

    InMemoryLedger add(Establishment establishment, List<Round> timetable) {
        establishments.add(establishment);
        rounds.addAll(timetable);
        return this;
    }

    InMemoryLedger add(Detainee detainee) {
        detainees.add(detainee);
        return this;
    }

    InMemoryLedger add(Visitor visitor) {
        visitors.add(visitor);
        return this;
    }

    InMemoryLedger add(Permit permit) {
        permits.add(permit);
        return this;
    }

    InMemoryLedger add(Closure closure) {
        closures.add(closure);
        return this;
    }

    InMemoryLedger add(Booking booking) {
        bookings.add(booking);
        return this;
    }

    InMemoryLedger add(SeatHold hold) {
        holds.add(hold);
        return this;
    }

    int queries() {
        return queries.get();
    }

    int singleSeatCounts() {
        return singleSeatCounts.get();
    }

    void resetCounts() {
        queries.set(0);
        singleSeatCounts.set(0);
    }

    @Override
    public Optional<Establishment> establishment(String establishmentId) {
        queries.incrementAndGet();
        return establishments.stream().filter(e -> e.id().equals(establishmentId)).findFirst();
    }

    @Override
    public Optional<Detainee> detainee(String detaineeId) {
        queries.incrementAndGet();
        return detainees.stream().filter(d -> d.id().equals(detaineeId)).findFirst();
    }

    @Override
    public Optional<Visitor> visitor(String visitorId) {
        queries.incrementAndGet();
        return visitors.stream().filter(v -> v.id().equals(visitorId)).findFirst();
    }

    @Override
    public Optional<Permit> permit(String visitorId, String detaineeId) {
        queries.incrementAndGet();
        return permits.stream()
                .filter(p -> p.visitorId().equals(visitorId) && p.detaineeId().equals(detaineeId))
                .findFirst();
    }

    @Override
    public List<Permit> permitsOfDetainee(String detaineeId) {
        queries.incrementAndGet();
        return permits.stream().filter(p -> p.detaineeId().equals(detaineeId)).toList();
    }

    @Override
    public List<Round> rounds(String establishmentId) {
        queries.incrementAndGet();
        return rounds.stream().filter(r -> r.establishmentId().equals(establishmentId)).toList();
    }

    @Override
    public Optional<Round> round(String roundId) {
        queries.incrementAndGet();
        return rounds.stream().filter(r -> r.id().equals(roundId)).findFirst();
    }

    @Override
    public List<Closure> closures(String establishmentId, LocalDate from, LocalDate to) {
        queries.incrementAndGet();
        return closures.stream()
                .filter(c -> c.establishmentId().equals(establishmentId) && within(c.date(), from, to))
                .toList();
    }

    @Override
    public List<Booking> bookingsOfDetainee(String detaineeId, LocalDate from, LocalDate to) {
        queries.incrementAndGet();
        return bookings.stream()
                .filter(b -> b.status().isActive() && b.detaineeId().equals(detaineeId) && within(b.date(), from, to))
                .toList();
    }

    @Override
    public List<Booking> bookingsOfVisitor(String visitorId, LocalDate from, LocalDate to) {
        queries.incrementAndGet();
        return bookings.stream()
                .filter(b -> b.status().isActive() && b.visitorIds().contains(visitorId) && within(b.date(), from, to))
                .toList();
    }

    @Override
    public int seatsTaken(String roundId, LocalDate date, Instant now) {
        queries.incrementAndGet();
        singleSeatCounts.incrementAndGet();
        return count(roundId, date, now);
    }

    /** One query for the whole span, as a store does with a GROUP BY. */
    @Override
    public Map<RoundDay, Integer> seatsTaken(String establishmentId, LocalDate from, LocalDate to, Instant now) {
        queries.incrementAndGet();
        Map<RoundDay, Integer> taken = new HashMap<>();
        for (Round round : rounds) {
            if (!round.establishmentId().equals(establishmentId)) {
                continue;
            }
            for (LocalDate date = from; !date.isAfter(to); date = date.plusDays(1)) {
                int seats = count(round.id(), date, now);
                if (seats > 0) {
                    taken.put(new RoundDay(round.id(), date), seats);
                }
            }
        }
        return taken;
    }

    private int count(String roundId, LocalDate date, Instant now) {
        long booked = bookings.stream()
                .filter(b -> b.status().isActive() && b.date().equals(date))
                .filter(b -> b.roundId().equals(roundId) || b.secondRoundId().filter(roundId::equals).isPresent())
                .count();
        long held = holds.stream()
                .filter(h -> h.roundId().equals(roundId) && h.date().equals(date) && h.isLiveAt(now))
                .count();
        return Math.toIntExact(booked + held);
    }

    private static boolean within(LocalDate date, LocalDate from, LocalDate to) {
        return !date.isBefore(from) && !date.isAfter(to);
    }
}
