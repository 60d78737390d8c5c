package fr.borne.booking;

import fr.borne.detainee.PenalCategory;
import fr.borne.settings.LayeredSettings;
import fr.borne.settings.BookingSettings;
import fr.borne.settings.SettingsOverride;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.Map;

import static fr.borne.booking.Timetables.PARIS;
import static fr.borne.booking.World.THU_3_DEC;
import static fr.borne.booking.World.request;
import static fr.borne.booking.World.rouen;
import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.THURSDAY;
import static java.time.DayOfWeek.WEDNESDAY;
import static org.assertj.core.api.Assertions.assertThat;

/** B1 with C1 (edges included) and C2 (calendar days to open, real hours to close). */
class BookingWindowTest {

    private final World world = new World();
    private final String thursday0915 = rouen(THURSDAY, "09:15");

    @BeforeEach
    void people() {
        world.detainee("d1", PenalCategory.SENTENCED);
        world.adultWithPermit("v1", "d1");
        world.detainee("dijon-d1", Timetables.DIJON, PenalCategory.SENTENCED, false, false);
        world.adultWithPermit("v1", "dijon-d1");
    }

    @Test
    void B1_C1_allowed_at_exactly_48_hours_before() {
        Decision decision = world.rulesAt(LocalDateTime.of(2026, 12, 1, 9, 15))
                .mayBook(request("d1", thursday0915, THU_3_DEC, "v1"));

        assertThat(decision.allowed()).isTrue();
    }

    @Test
    void B1_C1_refused_one_second_after_48_hours_before() {
        Decision decision = world.rulesAt(LocalDateTime.of(2026, 12, 1, 9, 15, 1))
                .mayBook(request("d1", thursday0915, THU_3_DEC, "v1"));

        assertThat(decision.reasons()).containsExactly(Reason.BOOKING_CLOSED);
        assertThat(decision.refusals().get(0).retryFrom()).isEmpty();
    }

    @Test
    void B1_C2_opens_15_calendar_days_before_at_the_rounds_local_start_time() {
        Decision decision = world.rulesAt(LocalDateTime.of(2026, 11, 18, 9, 15))
                .mayBook(request("d1", thursday0915, THU_3_DEC, "v1"));

        assertThat(decision.allowed()).isTrue();
    }

    @Test
    void B1_C1_refused_one_second_before_opening_with_the_opening_instant() {
        Decision decision = world.rulesAt(LocalDateTime.of(2026, 11, 18, 9, 14, 59))
                .mayBook(request("d1", thursday0915, THU_3_DEC, "v1"));

        assertThat(decision.reasons()).containsExactly(Reason.NOT_YET_OPEN);
        assertThat(decision.refusals().get(0).retryFrom())
                .contains(ZonedDateTime.of(2026, 11, 18, 9, 15, 0, 0, PARIS).toInstant());
    }

    @Test
    void B1_a_round_in_the_past_is_closed() {
        Decision decision = world.rulesAt(LocalDateTime.of(2026, 12, 3, 11, 0))
                .mayBook(request("d1", thursday0915, THU_3_DEC, "v1"));

        assertThat(decision.reasons()).containsExactly(Reason.BOOKING_CLOSED);
    }

    /**
     * C2 across a change of clocks, in the week it happens: the window opens at the same
     * wall-clock time 15 days earlier, so it is 359 real hours long in spring and 361 in
     * autumn. 360 real hours before the round is the wrong edge both times.
     */
    @ParameterizedTest(name = "B1_C2 round {0} 09:15 opens {1} 09:15 local, {2} real hours before")
    @CsvSource({
            "2027-03-31, 2027-03-16, 359",
            "2026-10-28, 2026-10-13, 361",
            "2027-11-03, 2027-10-19, 361"})
    void B1_C2_opening_across_a_change_of_clocks_keeps_the_wall_clock_time(LocalDate round, LocalDate opening, long hours) {
        Instant start = ZonedDateTime.of(round, LocalTime.of(9, 15), PARIS).toInstant();
        Instant opens = ZonedDateTime.of(opening, LocalTime.of(9, 15), PARIS).toInstant();
        assertThat(Duration.between(opens, start)).isEqualTo(Duration.ofHours(hours));
        BookingRequest wednesday = request("d1", rouen(WEDNESDAY, "09:15"), round, "v1");

        assertThat(world.rulesAt(opens).mayBook(wednesday).allowed()).isTrue();
        assertThat(world.rulesAt(opens.minusSeconds(1)).mayBook(wednesday).reasons())
                .containsExactly(Reason.NOT_YET_OPEN);
        Instant naive360 = start.minus(Duration.ofHours(360));
        assertThat(world.rulesAt(naive360).mayBook(wednesday).allowed())
                .as("360 real hours before is %s the opening", hours == 359 ? "before" : "after")
                .isEqualTo(hours > 360);
    }

    /**
     * C2 across a change of clocks: a Monday round closes 48 real hours before, which on
     * the Saturday is one hour off the round's own wall-clock time.
     */
    @ParameterizedTest(name = "B1_C2 Monday {0} 10:00 closes Saturday {1} local")
    @CsvSource({
            "2026-10-26, 2026-10-24T11:00",
            "2027-03-29, 2027-03-27T09:00",
            "2027-11-01, 2027-10-30T11:00"})
    void B1_C2_closing_across_a_change_of_clocks_counts_real_hours(LocalDate monday, LocalDateTime closesLocal) {
        BookingRequest request = request("dijon-d1", World.dijon(MONDAY, "10:00"), monday, "v1");
        Instant closes = closesLocal.atZone(PARIS).toInstant();
        assertThat(Duration.between(closes, ZonedDateTime.of(monday.atTime(10, 0), PARIS).toInstant()))
                .isEqualTo(Duration.ofHours(48));

        assertThat(world.rulesAt(closes).mayBook(request).allowed()).isTrue();
        assertThat(world.rulesAt(closes.plusSeconds(1)).mayBook(request).reasons())
                .containsExactly(Reason.BOOKING_CLOSED);
        Instant sameWallTimeTwoDaysBefore = ZonedDateTime.of(monday.minusDays(2).atTime(10, 0), PARIS).toInstant();
        assertThat(world.rulesAt(sameWallTimeTwoDaysBefore).mayBook(request).allowed())
                .as("10:00 on the Saturday is not the edge")
                .isEqualTo(sameWallTimeTwoDaysBefore.isBefore(closes));
    }

    @Test
    void B1_a_round_may_close_earlier_than_its_establishment() {
        world.with(new LayeredSettings(BookingSettings.NATIONAL, Map.of(),
                Map.of(thursday0915, SettingsOverride.builder().closesBefore(Duration.ofHours(72)).build()), Map.of()));
        BookingRules rules = world.rulesAt(LocalDateTime.of(2026, 11, 30, 10, 0));

        assertThat(rules.mayBook(request("d1", thursday0915, THU_3_DEC, "v1")).reasons())
                .containsExactly(Reason.BOOKING_CLOSED);
        assertThat(rules.mayBook(request("d1", rouen(THURSDAY, "10:15"), THU_3_DEC, "v1")).allowed()).isTrue();
    }
}
