package fr.borne.booking;

import fr.borne.detainee.Detainee;
import fr.borne.establishment.Closure;
import fr.borne.establishment.Establishment;
import fr.borne.establishment.Round;
import fr.borne.establishment.RoundOccurrence;
import fr.borne.permit.Permit;
import fr.borne.visitor.Visitor;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What the rules read to answer one question about one detainee, fetched from the
 * {@link Ledger} at most once per kind and only when a rule needs it. Each kind is
 * fetched for the whole span of dates asked about, so that availability over a fortnight
 * costs a handful of ledger queries rather than one per round per rule.
 *
 * <p>Lives for one question only: it is not safe to share between threads or to keep.
 */
final class Facts {

    private final Ledger ledger;
    private final Instant now;
    private final Establishment establishment;
    private final Detainee detainee;
    private final LocalDate from;
    private final LocalDate to;
    private final int quotaReachDays;
    private final boolean seatsUpfront;

    private Map<String, Round> rounds;
    private Map<DayOfWeek, List<Round>> roundsByDay;
    private Map<String, Permit> permitsByVisitor;
    private List<Closure> closures;
    private List<Booking> detaineeBookings;
    private Map<RoundDay, Integer> seats;
    private final Map<String, Optional<Visitor>> visitors = new HashMap<>();
    private final Map<String, List<Booking>> visitorBookings = new HashMap<>();
    private final Map<String, Optional<Round>> otherRounds = new HashMap<>();
    private final Map<String, Optional<ZoneId>> otherZones = new HashMap<>();

    /**
     * @param from           first date a round may be asked about
     * @param to             last date a round may be asked about
     * @param quotaReachDays how far around those dates a detainee's bookings count (the
     *                       rolling disciplinary period); the calendar week is always covered
     * @param seatsUpfront   count seats of every round of the span in one query, for
     *                       questions that look at many rounds
     */
    Facts(Ledger ledger, Instant now, Establishment establishment, Detainee detainee,
          LocalDate from, LocalDate to, int quotaReachDays, boolean seatsUpfront) {
        this.ledger = ledger;
        this.now = now;
        this.establishment = establishment;
        this.detainee = detainee;
        this.from = from;
        this.to = to;
        this.quotaReachDays = Math.max(quotaReachDays, 1);
        this.seatsUpfront = seatsUpfront;
    }

    /** Hands over a timetable the caller already read, so it is not asked for twice. */
    Facts withTimetable(List<Round> timetable) {
        if (rounds == null) {
            rounds = index(timetable);
        }
        return this;
    }

    Instant now() {
        return now;
    }

    ZoneId zone() {
        return establishment.zone();
    }

    Establishment establishment() {
        return establishment;
    }

    Detainee detainee() {
        return detainee;
    }

    /** A round of this establishment's timetable. */
    Optional<Round> round(String roundId) {
        return Optional.ofNullable(timetable().get(roundId));
    }

    /** This establishment's rounds held on that date's weekday, earliest first. */
    List<Round> roundsOn(LocalDate date) {
        if (roundsByDay == null) {
            roundsByDay = new EnumMap<>(DayOfWeek.class);
            timetable().values().stream()
                    .sorted(Comparator.comparing(Round::start).thenComparing(Round::id))
                    .forEach(round -> roundsByDay.computeIfAbsent(round.day(), day -> new ArrayList<>()).add(round));
        }
        return roundsByDay.getOrDefault(date.getDayOfWeek(), List.of());
    }

    Optional<Visitor> visitor(String visitorId) {
        return visitors.computeIfAbsent(visitorId, ledger::visitor);
    }

    /** The visitor's permit for this detainee, whatever its status. */
    Optional<Permit> permit(String visitorId) {
        if (permitsByVisitor == null) {
            permitsByVisitor = ledger.permitsOfDetainee(detainee.id()).stream()
                    .collect(Collectors.toMap(Permit::visitorId, Function.identity(), Facts::preferActive));
        }
        return Optional.ofNullable(permitsByVisitor.get(visitorId));
    }

    List<Closure> closures() {
        if (closures == null) {
            closures = ledger.closures(establishment.id(), from, to);
        }
        return closures;
    }

    /** The detainee's confirmed bookings around the span: its weeks and the rolling period. */
    List<Booking> detaineeBookings() {
        if (detaineeBookings == null) {
            LocalDate weekStart = from.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            LocalDate weekEnd = to.with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY));
            LocalDate first = min(weekStart, from.minusDays(quotaReachDays - 1L));
            LocalDate last = max(weekEnd, to.plusDays(quotaReachDays - 1L));
            detaineeBookings = active(ledger.bookingsOfDetainee(detainee.id(), first, last));
        }
        return detaineeBookings;
    }

    /**
     * The visitor's confirmed bookings over the span, one day wider on each side: a booking
     * in another establishment's zone may overlap across midnight here.
     */
    List<Booking> visitorBookings(String visitorId) {
        return visitorBookings.computeIfAbsent(visitorId,
                id -> active(ledger.bookingsOfVisitor(id, from.minusDays(1), to.plusDays(1))));
    }

    int seatsTaken(RoundOccurrence occurrence) {
        if (seatsUpfront) {
            if (seats == null) {
                seats = ledger.seatsTaken(establishment.id(), from, to, now);
            }
            return seats.getOrDefault(new RoundDay(occurrence.round().id(), occurrence.date()), 0);
        }
        return ledger.seatsTaken(occurrence.round().id(), occurrence.date(), now);
    }

    /**
     * The dated rounds a booking occupies, one or two (B8). A booking in another
     * establishment is placed in that establishment's zone; a round that cannot be found
     * any more is left out, as it can no longer collide with anything.
     */
    List<RoundOccurrence> occurrencesOf(Booking booking) {
        List<RoundOccurrence> occurrences = new ArrayList<>(2);
        occurrenceOf(booking.roundId(), booking.date()).ifPresent(occurrences::add);
        booking.secondRoundId().flatMap(id -> occurrenceOf(id, booking.date())).ifPresent(occurrences::add);
        return occurrences;
    }

    private Optional<RoundOccurrence> occurrenceOf(String roundId, LocalDate date) {
        Optional<Round> round = round(roundId)
                .or(() -> otherRounds.computeIfAbsent(roundId, ledger::round));
        return round.filter(r -> r.day() == date.getDayOfWeek())
                .flatMap(r -> zoneOf(r.establishmentId()).map(zone -> new RoundOccurrence(r, date, zone)));
    }

    private Optional<ZoneId> zoneOf(String establishmentId) {
        if (establishmentId.equals(establishment.id())) {
            return Optional.of(establishment.zone());
        }
        return otherZones.computeIfAbsent(establishmentId,
                id -> ledger.establishment(id).map(Establishment::zone));
    }

    private Map<String, Round> timetable() {
        if (rounds == null) {
            rounds = index(ledger.rounds(establishment.id()));
        }
        return rounds;
    }

    private Map<String, Round> index(List<Round> timetable) {
        return timetable.stream()
                .filter(round -> round.establishmentId().equals(establishment.id()))
                .collect(Collectors.toMap(Round::id, Function.identity(), (a, b) -> a));
    }

    /** Should a replica ever hold two permits for one pair, the usable one counts. */
    private static Permit preferActive(Permit a, Permit b) {
        return b.isActive() && !a.isActive() ? b : a;
    }

    private static List<Booking> active(List<Booking> bookings) {
        return bookings.stream().filter(b -> b.status().isActive()).toList();
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }
}
