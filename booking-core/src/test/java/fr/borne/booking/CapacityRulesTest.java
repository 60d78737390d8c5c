package fr.borne.booking;

import fr.borne.detainee.PenalCategory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.UUID;

import static fr.borne.booking.Timetables.PARIS;
import static fr.borne.booking.World.MONDAY_MORNING;
import static fr.borne.booking.World.SAT_5_DEC;
import static fr.borne.booking.World.THU_3_DEC;
import static fr.borne.booking.World.request;
import static fr.borne.booking.World.rouen;
import static java.time.DayOfWeek.SATURDAY;
import static java.time.DayOfWeek.THURSDAY;
import static org.assertj.core.api.Assertions.assertThat;

/** B5: a round's capacity counts detainees; live holds take seats too. */
class CapacityRulesTest {

    private final World world = new World();
    private final String thursday = rouen(THURSDAY, "09:15");
    private final Instant now = MONDAY_MORNING.atZone(PARIS).toInstant();

    @BeforeEach
    void setUp() {
        world.detainee("d1", PenalCategory.SENTENCED);
        world.adultWithPermit("v1", "d1");
    }

    @Test
    void B5_the_last_seat_of_a_round_may_be_booked() {
        world.fill(thursday, THU_3_DEC, 19);

        assertThat(world.rulesAt(now).mayBook(request("d1", thursday, THU_3_DEC, "v1")).allowed()).isTrue();
    }

    @Test
    void B5_a_round_with_every_seat_taken_is_full() {
        world.fill(thursday, THU_3_DEC, 20);

        assertThat(world.rulesAt(now).mayBook(request("d1", thursday, THU_3_DEC, "v1")).reasons())
                .containsExactly(Reason.FULL);
    }

    @Test
    void B5_saturday_rounds_hold_ten() {
        String saturday = rouen(SATURDAY, "08:45");
        world.fill(saturday, SAT_5_DEC, 10);

        assertThat(world.rulesAt(now).mayBook(request("d1", saturday, SAT_5_DEC, "v1")).reasons())
                .containsExactly(Reason.FULL);
    }

    @Test
    void B5_a_live_hold_takes_a_seat_and_an_expired_one_does_not() {
        world.fill(thursday, THU_3_DEC, 19);
        world.ledger.add(new SeatHold(UUID.randomUUID(), thursday, THU_3_DEC, "someone", now.plusSeconds(60)));

        assertThat(world.rulesAt(now).mayBook(request("d1", thursday, THU_3_DEC, "v1")).reasons())
                .containsExactly(Reason.FULL);
        assertThat(world.rulesAt(now.plusSeconds(60)).mayBook(request("d1", thursday, THU_3_DEC, "v1")).allowed())
                .isTrue();
    }

    @Test
    void B5_the_visitors_own_hold_is_their_seat_when_confirming() {
        world.fill(thursday, THU_3_DEC, 19);
        SeatHold own = new SeatHold(UUID.randomUUID(), thursday, THU_3_DEC, "v1", now.plusSeconds(180));
        world.ledger.add(own);
        BookingRules rules = world.rulesAt(now);

        assertThat(rules.mayBook(request("d1", thursday, THU_3_DEC, "v1")).reasons()).containsExactly(Reason.FULL);
        assertThat(rules.mayConfirm(request("d1", thursday, THU_3_DEC, "v1"), own).allowed()).isTrue();
    }
}
