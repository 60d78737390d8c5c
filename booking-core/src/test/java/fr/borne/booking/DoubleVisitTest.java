package fr.borne.booking;

import fr.borne.detainee.PenalCategory;
import fr.borne.establishment.RoundOccurrence;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static fr.borne.booking.World.MONDAY_MORNING;
import static fr.borne.booking.World.SAT_5_DEC;
import static fr.borne.booking.World.THU_3_DEC;
import static fr.borne.booking.World.doubleVisit;
import static fr.borne.booking.World.rouen;
import static java.time.DayOfWeek.SATURDAY;
import static java.time.DayOfWeek.THURSDAY;
import static org.assertj.core.api.Assertions.assertThat;

/** B8 with C6: two successive rounds of one day, for detainees granted them, one seat in each. */
class DoubleVisitTest {

    private final World world = new World();
    private BookingRules rules;

    @BeforeEach
    void setUp() {
        world.detainee("far", Timetables.ROUEN, PenalCategory.SENTENCED, true, false);
        world.detainee("near", PenalCategory.SENTENCED);
        world.adultWithPermit("v1", "far");
        world.permit("v1", "near");
        rules = world.rulesAt(MONDAY_MORNING);
    }

    @Test
    void B8_a_detainee_granted_double_visits_may_book_two_successive_rounds() {
        assertThat(rules.mayBook(doubleVisit("far", rouen(THURSDAY, "09:15"), THU_3_DEC, "v1")).allowed()).isTrue();
        assertThat(rules.followingRound("far", rouen(THURSDAY, "09:15"), THU_3_DEC))
                .map(RoundOccurrence::round).map(r -> r.id()).contains(rouen(THURSDAY, "10:15"));
    }

    @Test
    void B8_without_the_grant_a_double_visit_is_refused() {
        assertThat(rules.mayBook(doubleVisit("near", rouen(THURSDAY, "09:15"), THU_3_DEC, "v1")).reasons())
                .containsExactly(Reason.DOUBLE_VISIT_NOT_GRANTED);
    }

    @Test
    void B8_C6_the_last_round_of_the_day_has_no_following_round() {
        assertThat(rules.mayBook(doubleVisit("far", rouen(THURSDAY, "15:40"), THU_3_DEC, "v1")).reasons())
                .containsExactly(Reason.NO_FOLLOWING_ROUND);
    }

    @Test
    void B8_C6_the_second_round_starts_when_or_after_the_first_ends() {
        // Saturday rounds last 45 min and start every 30: 08:45 ends at 09:30, so 09:15 is skipped.
        assertThat(rules.followingRound("far", rouen(SATURDAY, "08:45"), SAT_5_DEC))
                .map(RoundOccurrence::round).map(r -> r.id()).contains(rouen(SATURDAY, "09:45"));
    }

    @Test
    void B5_B8_a_double_visit_needs_a_seat_in_both_rounds() {
        world.fill(rouen(THURSDAY, "10:15"), THU_3_DEC, 20);

        assertThat(rules.mayBook(doubleVisit("far", rouen(THURSDAY, "09:15"), THU_3_DEC, "v1")).reasons())
                .containsExactly(Reason.FULL);
    }

    @Test
    void B8_B12_B6_the_second_round_is_checked_like_the_first() {
        world.closeRound(rouen(SATURDAY, "09:45"), SAT_5_DEC);
        world.booked("far", rouen(SATURDAY, "09:45"), SAT_5_DEC, "v1");

        assertThat(rules.mayBook(doubleVisit("far", rouen(SATURDAY, "08:45"), SAT_5_DEC, "v1")).reasons())
                .containsExactlyInAnyOrder(Reason.CLOSED, Reason.DETAINEE_ALREADY_BOOKED_THIS_ROUND,
                        Reason.VISITOR_BOOKED_IN_OVERLAPPING_ROUND);
    }
}
