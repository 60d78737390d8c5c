package fr.borne.booking;

import fr.borne.detainee.Detainee;
import fr.borne.detainee.PenalCategory;
import fr.borne.establishment.Closure;
import fr.borne.establishment.Establishment;
import fr.borne.permit.Permit;
import fr.borne.permit.PermitKind;
import fr.borne.permit.PermitStatus;
import fr.borne.settings.LayeredSettings;
import fr.borne.settings.SettingsSource;
import fr.borne.visitor.Visitor;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static fr.borne.booking.Timetables.PARIS;

/**
 * Rouen and Dijon with the people each test needs, over an {@link InMemoryLedger}.
 * Clocks are fixed and in UTC on purpose: the rules must use the establishment's zone,
 * never the clock's.
 */
final class World {

    /** Monday 23 November 2026, 10:00 in Paris: Thursday 26 is open, Wednesday 25 is too soon. */
    static final LocalDateTime MONDAY_MORNING = LocalDateTime.of(2026, 11, 23, 10, 0);
    static final LocalDate WED_25_NOV = LocalDate.of(2026, 11, 25);
    static final LocalDate THU_26_NOV = LocalDate.of(2026, 11, 26);
    static final LocalDate SAT_28_NOV = LocalDate.of(2026, 11, 28);
    static final LocalDate WED_2_DEC = LocalDate.of(2026, 12, 2);
    static final LocalDate THU_3_DEC = LocalDate.of(2026, 12, 3);
    static final LocalDate FRI_4_DEC = LocalDate.of(2026, 12, 4);
    static final LocalDate SAT_5_DEC = LocalDate.of(2026, 12, 5);

    static final LocalDate ADULT_BIRTH = LocalDate.of(1980, 5, 1);

    final InMemoryLedger ledger = new InMemoryLedger()
            .add(Timetables.ROUEN, Timetables.rouen())
            .add(Timetables.DIJON, Timetables.dijon());
    private SettingsSource settings = LayeredSettings.nationalOnly();
    private int fillers;

    World with(SettingsSource source) {
        this.settings = source;
        return this;
    }

    static String rouen(DayOfWeek day, String start) {
        return Timetables.roundId(Timetables.ROUEN, day, start);
    }

    static String dijon(DayOfWeek day, String start) {
        return Timetables.roundId(Timetables.DIJON, day, start);
    }

    // --- people -------------------------------------------------------------------

    Detainee detainee(String id, PenalCategory category) {
        return detainee(id, Timetables.ROUEN, category, false, false);
    }

    Detainee detainee(String id, Establishment establishment, PenalCategory category,
                      boolean doubleVisitGranted, boolean inDisciplinaryCell) {
        Detainee detainee = new Detainee(id, establishment.id(), "Prénom", "Nom", "E" + id, category,
                doubleVisitGranted, inDisciplinaryCell);
        ledger.add(detainee);
        return detainee;
    }

    Visitor visitor(String id, LocalDate birthDate) {
        Visitor visitor = new Visitor(id, "Prénom", "Nom", birthDate);
        ledger.add(visitor);
        return visitor;
    }

    /** An adult with a permanent, active permit for the detainee. */
    Visitor adultWithPermit(String id, String detaineeId) {
        Visitor visitor = visitor(id, ADULT_BIRTH);
        permit(id, detaineeId);
        return visitor;
    }

    Permit permit(String visitorId, String detaineeId) {
        return permit(visitorId, detaineeId, PermitKind.PERMANENT, 0, PermitStatus.ACTIVE, false, false);
    }

    Permit permit(String visitorId, String detaineeId, PermitKind kind, int remaining, PermitStatus status,
                  boolean parentalConsent, boolean detaineeIsParent) {
        Permit permit = new Permit("p-" + visitorId + "-" + detaineeId, visitorId, detaineeId, kind, remaining, status,
                parentalConsent, detaineeIsParent);
        ledger.add(permit);
        return permit;
    }

    // --- what is booked or closed ----------------------------------------------------

    Booking booked(String detaineeId, String roundId, LocalDate date, String... visitorIds) {
        return add(detaineeId, roundId, Optional.empty(), date, visitorIds);
    }

    Booking bookedDouble(String detaineeId, String roundId, String secondRoundId, LocalDate date, String... visitorIds) {
        return add(detaineeId, roundId, Optional.of(secondRoundId), date, visitorIds);
    }

    Booking cancelled(String detaineeId, String roundId, LocalDate date, String... visitorIds) {
        Booking booking = booking(detaineeId, roundId, Optional.empty(), date, visitorIds)
                .withStatus(BookingStatus.CANCELLED);
        ledger.add(booking);
        return booking;
    }

    /** Takes {@code seats} seats of the round with bookings of other detainees. */
    void fill(String roundId, LocalDate date, int seats) {
        for (int i = 0; i < seats; i++) {
            fillers++;
            add("filler-" + fillers, roundId, Optional.empty(), date, "filler-visitor-" + fillers);
        }
    }

    void closeDay(Establishment establishment, LocalDate date) {
        ledger.add(new Closure(establishment.id(), date, Optional.empty(), "jour férié"));
    }

    void closeRound(String roundId, LocalDate date) {
        ledger.add(new Closure(roundId.substring(0, roundId.indexOf('-')), date, Optional.of(roundId), "incident"));
    }

    private Booking add(String detaineeId, String roundId, Optional<String> second, LocalDate date, String... visitorIds) {
        Booking booking = booking(detaineeId, roundId, second, date, visitorIds);
        ledger.add(booking);
        return booking;
    }

    private static Booking booking(String detaineeId, String roundId, Optional<String> second, LocalDate date,
                                   String... visitorIds) {
        return new Booking(UUID.randomUUID(), "REF-" + roundId, visitorIds[0], detaineeId, roundId,
                second, date, List.of(visitorIds), BookingStatus.CONFIRMED, Channel.KIOSK, Instant.EPOCH);
    }

    // --- asking -------------------------------------------------------------------

    /** The rules as they stand at that wall-clock time in Paris. */
    BookingRules rulesAt(LocalDateTime parisTime) {
        return rulesAt(parisTime.atZone(PARIS).toInstant());
    }

    BookingRules rulesAt(Instant instant) {
        return new BookingRules(ledger, settings, Clock.fixed(instant, ZoneOffset.UTC));
    }

    static BookingRequest request(String detaineeId, String roundId, LocalDate date, String... visitorIds) {
        String bookedBy = visitorIds.length == 0 ? "nobody" : visitorIds[0];
        return new BookingRequest(bookedBy, detaineeId, roundId, date, List.of(visitorIds), false, Channel.KIOSK);
    }

    static BookingRequest requestBy(String bookedBy, String detaineeId, String roundId, LocalDate date,
                                    String... visitorIds) {
        return new BookingRequest(bookedBy, detaineeId, roundId, date, List.of(visitorIds), false, Channel.KIOSK);
    }

    static BookingRequest doubleVisit(String detaineeId, String roundId, LocalDate date, String... visitorIds) {
        return new BookingRequest(visitorIds[0], detaineeId, roundId, date, List.of(visitorIds), true, Channel.KIOSK);
    }
}
