package fr.borne.booking;

import fr.borne.detainee.PenalCategory;
import fr.borne.permit.PermitKind;
import fr.borne.permit.PermitStatus;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;

import static fr.borne.booking.Timetables.PARIS;
import static fr.borne.booking.Timetables.ROUEN;
import static fr.borne.booking.World.FRI_4_DEC;
import static fr.borne.booking.World.THU_26_NOV;
import static fr.borne.booking.World.THU_3_DEC;
import static fr.borne.booking.World.WED_25_NOV;
import static fr.borne.booking.World.WED_2_DEC;
import static fr.borne.booking.World.rouen;
import static java.time.DayOfWeek.THURSDAY;
import static java.time.DayOfWeek.WEDNESDAY;
import static org.assertj.core.api.Assertions.assertThat;

/** What a visitor can book over the next 15 days, and why each other day cannot be booked. */
class AvailabilityTest {

    /** Tuesday 24 November 2026, 08:00 in Paris: before any round of Wednesday 9 December opens. */
    private static final LocalDateTime TUESDAY_EARLY = LocalDateTime.of(2026, 11, 24, 8, 0);
    private static final LocalDate TUE_24_NOV = TUESDAY_EARLY.toLocalDate();
    private static final LocalDate FRI_27_NOV = LocalDate.of(2026, 11, 27);
    private static final LocalDate WED_9_DEC = LocalDate.of(2026, 12, 9);

    private final World world = new World();

    @BeforeEach
    void setUp() {
        world.detainee("d1", PenalCategory.SENTENCED);
        world.adultWithPermit("v1", "d1");
    }

    private Availability availability() {
        return world.rulesAt(TUESDAY_EARLY).availability("v1", "d1");
    }

    private static DayAvailability day(Availability availability, LocalDate date) {
        return availability.days().stream().filter(d -> d.date().equals(date)).findFirst().orElseThrow();
    }

    private static Optional<Reason> reason(Availability availability, LocalDate date) {
        return day(availability, date).unavailableBecause().map(Refusal::reason);
    }

    @Test
    void B1_the_horizon_runs_from_today_through_15_days_ahead() {
        Availability availability = availability();

        assertThat(availability.days()).hasSize(16);
        assertThat(availability.days().get(0).date()).isEqualTo(TUE_24_NOV);
        assertThat(availability.days().get(15).date()).isEqualTo(WED_9_DEC);
    }

    @Test
    void B1_today_is_the_establishments_today_not_the_clocks() {
        // 23:30 UTC on Monday is already Tuesday in Paris
        Availability availability = world.rulesAt(ZonedDateTime.of(2026, 11, 23, 23, 30, 0, 0, ZoneOffset.UTC)
                .toInstant()).availability("v1", "d1");

        assertThat(availability.days().get(0).date()).isEqualTo(TUE_24_NOV);
    }

    @Test
    void B1_a_day_too_soon_a_bookable_day_and_a_day_not_yet_open() {
        Availability availability = availability();

        assertThat(reason(availability, WED_25_NOV)).contains(Reason.BOOKING_CLOSED);
        assertThat(day(availability, THU_26_NOV).bookable()).isTrue();
        assertThat(day(availability, THU_26_NOV).unavailableBecause()).isEmpty();
        assertThat(day(availability, WED_9_DEC).unavailableBecause())
                .contains(Refusal.until(Reason.NOT_YET_OPEN, ZonedDateTime.of(2026, 11, 24, 9, 15, 0, 0, PARIS).toInstant()));
    }

    @Test
    void B13_a_day_without_rounds_says_so() {
        Availability availability = availability();

        assertThat(day(availability, TUE_24_NOV).rounds()).isEmpty();
        assertThat(reason(availability, TUE_24_NOV)).contains(Reason.UNKNOWN_ROUND);
    }

    @Test
    void B12_a_closed_day_is_closed_even_when_also_too_soon() {
        world.closeDay(ROUEN, WED_25_NOV);
        world.closeDay(ROUEN, FRI_27_NOV);
        world.closeRound(rouen(THURSDAY, "09:15"), THU_26_NOV);
        Availability availability = availability();

        assertThat(reason(availability, WED_25_NOV)).contains(Reason.CLOSED);
        assertThat(reason(availability, FRI_27_NOV)).contains(Reason.CLOSED);
        assertThat(day(availability, THU_26_NOV).bookable()).isTrue();
        assertThat(day(availability, THU_26_NOV).rounds().get(0).decision().reasons()).containsExactly(Reason.CLOSED);
    }

    @Test
    void B5_a_day_with_every_round_full_is_full_with_no_seat_left() {
        for (String start : new String[] {"09:15", "10:15", "14:15", "15:40"}) {
            world.fill(rouen(THURSDAY, start), THU_3_DEC, 20);
        }
        world.fill(rouen(WEDNESDAY, "09:15"), WED_2_DEC, 7);
        Availability availability = availability();

        assertThat(reason(availability, THU_3_DEC)).contains(Reason.FULL);
        assertThat(day(availability, THU_3_DEC).rounds()).allSatisfy(round -> assertThat(round.seatsLeft()).isZero());
        assertThat(day(availability, WED_2_DEC).rounds().get(0).seatsLeft()).isEqualTo(13);
        assertThat(day(availability, WED_2_DEC).rounds().get(1).seatsLeft()).isEqualTo(20);
    }

    @Test
    void B7_days_of_a_week_whose_quota_is_reached_say_when_it_renews() {
        world.booked("d1", rouen(WEDNESDAY, "09:15"), WED_2_DEC, "v1");
        world.booked("d1", rouen(THURSDAY, "09:15"), THU_3_DEC, "v1");
        Availability availability = availability();

        assertThat(day(availability, FRI_4_DEC).unavailableBecause()).contains(Refusal.until(Reason.WEEKLY_QUOTA_REACHED,
                ZonedDateTime.of(2026, 12, 7, 0, 0, 0, 0, PARIS).toInstant()));
        assertThat(reason(availability, WED_2_DEC)).contains(Reason.WEEKLY_QUOTA_REACHED);
        assertThat(day(availability, THU_26_NOV).bookable()).isTrue();
        assertThat(day(availability, WED_9_DEC).unavailableBecause().map(Refusal::reason)).contains(Reason.NOT_YET_OPEN);
    }

    @Test
    void B7_C4_a_detainee_in_a_disciplinary_cell_sees_the_rolling_week() {
        world.detainee("cell", ROUEN, PenalCategory.UNTRIED, false, true);
        world.permit("v1", "cell");
        world.booked("cell", rouen(THURSDAY, "15:40"), THU_26_NOV, "v1");

        Availability availability = world.rulesAt(TUESDAY_EARLY).availability("v1", "cell");

        assertThat(reason(availability, WED_2_DEC)).contains(Reason.DISCIPLINARY_QUOTA_REACHED);
        assertThat(day(availability, THU_3_DEC).bookable()).isTrue();
    }

    @Test
    void T1_each_round_shows_its_convocation_30_minutes_before() {
        RoundAvailability first = day(availability(), THU_26_NOV).rounds().get(0);

        assertThat(first.occurrence().round().id()).isEqualTo(rouen(THURSDAY, "09:15"));
        assertThat(first.convocation()).isEqualTo(ZonedDateTime.of(2026, 11, 26, 8, 45, 0, 0, PARIS).toInstant());
        assertThat(first.seatsLeft()).isEqualTo(20);
    }

    @Test
    void C7_a_holder_whose_permit_is_suspended_may_still_choose_rounds_to_book_for_others() {
        world.visitor("suspended", World.ADULT_BIRTH);
        world.permit("suspended", "d1", PermitKind.PERMANENT, 0, PermitStatus.SUSPENDED, false, false);

        Availability availability = world.rulesAt(TUESDAY_EARLY).availability("suspended", "d1");
        RoundAvailability first = day(availability, THU_26_NOV).rounds().get(0);
        Decision herselfAlone = world.rulesAt(TUESDAY_EARLY).mayBook(new BookingRequest("suspended", "d1",
                first.occurrence().round().id(), THU_26_NOV, List.of("suspended"), false, Channel.KIOSK));

        assertThat(day(availability, THU_26_NOV).bookable()).isTrue();
        assertThat(herselfAlone.reasons()).contains(Reason.PERMIT_SUSPENDED);
    }

    @Test
    void P1_unknown_people_get_a_reason_for_every_day_and_no_exception() {
        Availability unknownVisitor = world.rulesAt(TUESDAY_EARLY).availability("ghost", "d1");
        Availability unknownDetainee = world.rulesAt(TUESDAY_EARLY).availability("v1", "nobody-held");

        assertThat(unknownVisitor.days()).hasSize(16)
                .allSatisfy(day -> assertThat(day.unavailableBecause().map(Refusal::reason)).contains(Reason.UNKNOWN_VISITOR));
        assertThat(unknownDetainee.days()).hasSize(16)
                .allSatisfy(day -> assertThat(day.unavailableBecause().map(Refusal::reason)).contains(Reason.UNKNOWN_DETAINEE));
    }

    @Test
    void availability_reads_the_ledger_a_fixed_number_of_times_whatever_the_rounds() {
        world.booked("d1", rouen(WEDNESDAY, "09:15"), WED_2_DEC, "v1");
        world.ledger.resetCounts();

        Availability availability = availability();

        long rounds = availability.days().stream().mapToLong(day -> day.rounds().size()).sum();
        assertThat(rounds).isGreaterThan(40);
        assertThat(world.ledger.singleSeatCounts()).isZero();
        assertThat(world.ledger.queries()).isLessThanOrEqualTo(12);
    }
}
