package fr.borne.booking;

import fr.borne.detainee.Detainee;
import fr.borne.establishment.Establishment;
import fr.borne.establishment.Round;
import fr.borne.establishment.RoundOccurrence;
import fr.borne.settings.BookingSettings;
import fr.borne.settings.SettingsSource;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Which rounds a badge holder can choose for a detainee, day by day from today through the
 * booking horizon, with one reason for each day where nothing can be booked.
 * Reads the ledger a fixed number of times whatever the number of rounds.
 */
final class AvailabilityPlanner {

    /** The day's reason is the first of these found among its rounds' refusals. */
    private static final List<Reason> DAY_REASON_ORDER = List.of(
            Reason.BOOKING_CLOSED,
            Reason.NOT_YET_OPEN,
            Reason.WEEKLY_QUOTA_REACHED,
            Reason.DISCIPLINARY_QUOTA_REACHED,
            Reason.FULL);

    private final Ledger ledger;
    private final SettingsSource settings;

    AvailabilityPlanner(Ledger ledger, SettingsSource settings) {
        this.ledger = ledger;
        this.settings = settings;
    }

    Availability plan(String visitorId, Detainee detainee, Establishment establishment, Instant now) {
        List<Round> timetable = ledger.rounds(establishment.id());
        Map<String, BookingSettings> settingsByRound = new HashMap<>();
        BookingSettings general = settings.forEstablishment(establishment.id());
        int horizon = general.opensDaysBefore();
        int quotaReach = general.disciplinaryDays();
        for (Round round : timetable) {
            BookingSettings forRound = settings.forBooking(establishment.id(), round.id(), detainee.id());
            settingsByRound.put(round.id(), forRound);
            horizon = Math.max(horizon, forRound.opensDaysBefore());
            quotaReach = Math.max(quotaReach, forRound.disciplinaryDays());
        }
        LocalDate today = LocalDate.ofInstant(now, establishment.zone());
        LocalDate last = today.plusDays(horizon);
        Facts facts = new Facts(ledger, now, establishment, detainee, today, last, quotaReach, true)
                .withTimetable(timetable);

        List<DayAvailability> days = new ArrayList<>();
        for (LocalDate date = today; !date.isAfter(last); date = date.plusDays(1)) {
            days.add(day(facts, visitorId, date, settingsByRound));
        }
        return new Availability(visitorId, detainee.id(), days);
    }

    /** Every day of the national horizon refused for the same reason: an unknown person. */
    static Availability unavailable(String visitorId, String detaineeId, LocalDate today, Refusal refusal) {
        List<DayAvailability> days = new ArrayList<>();
        for (int i = 0; i <= BookingSettings.NATIONAL.opensDaysBefore(); i++) {
            days.add(new DayAvailability(today.plusDays(i), List.of(), Optional.of(refusal)));
        }
        return new Availability(visitorId, detaineeId, days);
    }

    private DayAvailability day(Facts facts, String visitorId, LocalDate date, Map<String, BookingSettings> settingsByRound) {
        List<RoundAvailability> rounds = new ArrayList<>();
        for (Round round : facts.roundsOn(date)) {
            BookingSettings forRound = settingsByRound.get(round.id());
            RoundOccurrence occurrence = new RoundOccurrence(round, date, facts.zone());
            BookingRequest alone = new BookingRequest(visitorId, facts.detainee().id(), round.id(), date,
                    List.of(visitorId), false, Channel.KIOSK);
            // Who comes along is chosen after the round, and checked on confirmation.
            Decision decision = new Decision(BookingChecks.newBooking(facts, alone, forRound, Optional.empty()).stream()
                    .filter(refusal -> !refusal.reason().dependsOnWhoComes())
                    .toList());
            rounds.add(new RoundAvailability(occurrence, occurrence.convocation(forRound.convocationLead()),
                    CapacityRules.seatsLeft(facts, occurrence, Optional.empty()), decision));
        }
        return new DayAvailability(date, rounds, dayReason(facts, date, rounds));
    }

    private static Optional<Refusal> dayReason(Facts facts, LocalDate date, List<RoundAvailability> rounds) {
        if (rounds.stream().anyMatch(RoundAvailability::bookable)) {
            return Optional.empty();
        }
        if (TimetableRules.wholeDayClosed(facts, date)) {
            return Optional.of(Refusal.of(Reason.CLOSED));
        }
        if (rounds.isEmpty()) {
            return Optional.of(Refusal.of(Reason.UNKNOWN_ROUND));
        }
        for (Reason reason : DAY_REASON_ORDER) {
            Optional<Refusal> found = rounds.stream()
                    .flatMap(round -> round.decision().refusals().stream())
                    .filter(refusal -> refusal.reason() == reason)
                    .findFirst();
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.of(rounds.get(0).decision().refusals().get(0));
    }
}
