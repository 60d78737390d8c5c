package fr.borne.booking;

import fr.borne.detainee.PenalCategory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static fr.borne.booking.World.MONDAY_MORNING;
import static fr.borne.booking.World.SAT_5_DEC;
import static fr.borne.booking.World.THU_3_DEC;
import static fr.borne.booking.World.request;
import static fr.borne.booking.World.rouen;
import static java.time.DayOfWeek.SATURDAY;
import static java.time.DayOfWeek.THURSDAY;
import static org.assertj.core.api.Assertions.assertThat;

/** B6 with C5 and C9: one booking per detainee per round; no visitor in two rounds at once. */
class OverlapRulesTest {

    private final World world = new World();

    @BeforeEach
    void setUp() {
        world.detainee("d1", PenalCategory.UNTRIED);
        world.detainee("d2", PenalCategory.UNTRIED);
        world.adultWithPermit("v1", "d1");
        world.permit("v1", "d2");
        world.adultWithPermit("v2", "d1");
    }

    @Test
    void B6_a_detainee_has_one_booking_per_round() {
        world.booked("d1", rouen(THURSDAY, "09:15"), THU_3_DEC, "v2");

        assertThat(world.rulesAt(MONDAY_MORNING).mayBook(request("d1", rouen(THURSDAY, "09:15"), THU_3_DEC, "v1"))
                .reasons()).containsExactly(Reason.DETAINEE_ALREADY_BOOKED_THIS_ROUND);
    }

    @Test
    void B6_C9_a_detainee_may_have_two_bookings_on_one_day_in_different_rounds() {
        world.booked("d1", rouen(THURSDAY, "09:15"), THU_3_DEC, "v2");

        assertThat(world.rulesAt(MONDAY_MORNING).mayBook(request("d1", rouen(THURSDAY, "14:15"), THU_3_DEC, "v1"))
                .allowed()).isTrue();
    }

    @Test
    void B6_C5_a_visitor_is_not_booked_in_two_overlapping_rounds() {
        world.booked("d2", rouen(SATURDAY, "08:45"), SAT_5_DEC, "v1");

        Decision decision = world.rulesAt(MONDAY_MORNING)
                .mayBook(request("d1", rouen(SATURDAY, "09:15"), SAT_5_DEC, "v1", "v2"));

        assertThat(decision.refusals())
                .containsExactly(Refusal.forVisitor(Reason.VISITOR_BOOKED_IN_OVERLAPPING_ROUND, "v1"));
    }

    @Test
    void B6_C5_rounds_that_only_touch_do_not_overlap() {
        world.booked("d2", rouen(THURSDAY, "09:15"), THU_3_DEC, "v1");

        assertThat(world.rulesAt(MONDAY_MORNING).mayBook(request("d1", rouen(THURSDAY, "10:15"), THU_3_DEC, "v1"))
                .allowed()).isTrue();
    }

    @Test
    void B6_a_cancelled_booking_no_longer_blocks_anything() {
        world.cancelled("d1", rouen(THURSDAY, "09:15"), THU_3_DEC, "v1");

        assertThat(world.rulesAt(MONDAY_MORNING).mayBook(request("d1", rouen(THURSDAY, "09:15"), THU_3_DEC, "v1"))
                .allowed()).isTrue();
    }
}
