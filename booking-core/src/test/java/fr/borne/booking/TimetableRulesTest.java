package fr.borne.booking;

import fr.borne.detainee.PenalCategory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static fr.borne.booking.Timetables.ROUEN;
import static fr.borne.booking.World.FRI_4_DEC;
import static fr.borne.booking.World.MONDAY_MORNING;
import static fr.borne.booking.World.THU_3_DEC;
import static fr.borne.booking.World.request;
import static fr.borne.booking.World.rouen;
import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.THURSDAY;
import static org.assertj.core.api.Assertions.assertThat;

/** B12 closures and B13 rounds that are not held: typed refusals, never exceptions. */
class TimetableRulesTest {

    private final World world = new World();
    private BookingRules rules;

    @BeforeEach
    void setUp() {
        world.detainee("d1", PenalCategory.SENTENCED);
        world.adultWithPermit("v1", "d1");
        rules = world.rulesAt(MONDAY_MORNING);
    }

    @Test
    void B12_a_closed_day_closes_every_round() {
        world.closeDay(ROUEN, THU_3_DEC);

        assertThat(rules.mayBook(request("d1", rouen(THURSDAY, "09:15"), THU_3_DEC, "v1")).reasons())
                .containsExactly(Reason.CLOSED);
        assertThat(rules.mayBook(request("d1", rouen(THURSDAY, "15:40"), THU_3_DEC, "v1")).reasons())
                .containsExactly(Reason.CLOSED);
    }

    @Test
    void B12_a_closed_round_leaves_the_others_of_the_day_open() {
        world.closeRound(rouen(THURSDAY, "09:15"), THU_3_DEC);

        assertThat(rules.mayBook(request("d1", rouen(THURSDAY, "09:15"), THU_3_DEC, "v1")).reasons())
                .containsExactly(Reason.CLOSED);
        assertThat(rules.mayBook(request("d1", rouen(THURSDAY, "10:15"), THU_3_DEC, "v1")).allowed()).isTrue();
    }

    @Test
    void B13_an_unknown_round_is_refused() {
        assertThat(rules.mayBook(request("d1", "no-such-round", THU_3_DEC, "v1")).reasons())
                .containsExactly(Reason.UNKNOWN_ROUND);
    }

    @Test
    void B13_a_round_on_a_day_it_is_not_held_is_refused() {
        assertThat(rules.mayBook(request("d1", rouen(THURSDAY, "09:15"), FRI_4_DEC, "v1")).reasons())
                .containsExactly(Reason.UNKNOWN_ROUND);
    }

    @Test
    void B13_a_round_of_another_establishment_is_refused() {
        assertThat(rules.mayBook(request("d1", World.dijon(MONDAY, "10:00"), THU_3_DEC.plusDays(4), "v1")).reasons())
                .containsExactly(Reason.UNKNOWN_ROUND);
    }
}
