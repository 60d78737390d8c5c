package fr.borne.booking;

import fr.borne.detainee.PenalCategory;
import fr.borne.settings.BookingSettings;
import fr.borne.settings.LayeredSettings;
import fr.borne.settings.SettingsOverride;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static fr.borne.booking.World.MONDAY_MORNING;
import static fr.borne.booking.World.THU_3_DEC;
import static fr.borne.booking.World.request;
import static fr.borne.booking.World.requestBy;
import static fr.borne.booking.World.rouen;
import static java.time.DayOfWeek.THURSDAY;
import static org.assertj.core.api.Assertions.assertThat;

/** B2: one lead visitor and up to two companions, each named once. */
class PartyRulesTest {

    private final World world = new World();
    private final String round = rouen(THURSDAY, "09:15");

    @BeforeEach
    void setUp() {
        world.detainee("d1", PenalCategory.UNTRIED);
        for (String id : new String[] {"a", "b", "c", "d"}) {
            world.adultWithPermit(id, "d1");
        }
    }

    @Test
    void B2_three_visitors_may_come() {
        assertThat(world.rulesAt(MONDAY_MORNING).mayBook(request("d1", round, THU_3_DEC, "a", "b", "c")).allowed())
                .isTrue();
    }

    @Test
    void B2_no_visitor_is_refused() {
        Decision decision = world.rulesAt(MONDAY_MORNING).mayBook(requestBy("a", "d1", round, THU_3_DEC));

        assertThat(decision.reasons()).containsExactly(Reason.NO_VISITOR);
    }

    @Test
    void B2_four_visitors_are_too_many() {
        Decision decision = world.rulesAt(MONDAY_MORNING).mayBook(request("d1", round, THU_3_DEC, "a", "b", "c", "d"));

        assertThat(decision.reasons()).containsExactly(Reason.TOO_MANY_VISITORS);
    }

    @Test
    void B2_the_same_visitor_twice_is_refused_by_name() {
        Decision decision = world.rulesAt(MONDAY_MORNING).mayBook(request("d1", round, THU_3_DEC, "a", "b", "a"));

        assertThat(decision.refusals()).containsExactly(Refusal.forVisitor(Reason.SAME_VISITOR_TWICE, "a"));
    }

    @Test
    void B2_an_establishment_may_allow_fewer_companions() {
        world.with(new LayeredSettings(BookingSettings.NATIONAL,
                Map.of("rouen", SettingsOverride.builder().maxCompanions(1).build()), Map.of(), Map.of()));
        BookingRules rules = world.rulesAt(MONDAY_MORNING);

        assertThat(rules.mayBook(request("d1", round, THU_3_DEC, "a", "b")).allowed()).isTrue();
        assertThat(rules.mayBook(request("d1", round, THU_3_DEC, "a", "b", "c")).reasons())
                .containsExactly(Reason.TOO_MANY_VISITORS);
    }

    @Test
    void every_failing_rule_is_returned_at_once() {
        world.fill(round, THU_3_DEC, 20);

        Decision decision = world.rulesAt(MONDAY_MORNING)
                .mayBook(request("d1", round, THU_3_DEC, "a", "ghost", "b", "c"));

        assertThat(decision.failedRules()).containsExactlyInAnyOrder(RuleId.P1, RuleId.B2, RuleId.B5);
        assertThat(decision.reasons()).containsExactlyInAnyOrder(
                Reason.UNKNOWN_VISITOR, Reason.TOO_MANY_VISITORS, Reason.FULL);
    }
}
