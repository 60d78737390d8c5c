package fr.borne.booking;

import fr.borne.detainee.PenalCategory;
import fr.borne.permit.PermitKind;
import fr.borne.permit.PermitStatus;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static fr.borne.booking.World.MONDAY_MORNING;
import static fr.borne.booking.World.THU_3_DEC;
import static fr.borne.booking.World.request;
import static fr.borne.booking.World.rouen;
import static java.time.DayOfWeek.THURSDAY;
import static org.assertj.core.api.Assertions.assertThat;

/** P4 with C3: ages on the round's date; under 16 with an adult, 16–17 alone only with consent to a parent. */
class MinorRulesTest {

    private static final LocalDate SIXTEEN_ON_THE_DAY = THU_3_DEC.minusYears(16);

    private final World world = new World();
    private final String round = rouen(THURSDAY, "09:15");
    private BookingRules rules;

    @BeforeEach
    void setUp() {
        world.detainee("d1", PenalCategory.SENTENCED);
        world.adultWithPermit("adult", "d1");
        rules = world.rulesAt(MONDAY_MORNING);
    }

    private void minor(String id, LocalDate birth, boolean consent, boolean parent) {
        world.visitor(id, birth);
        world.permit(id, "d1", PermitKind.PERMANENT, 0, PermitStatus.ACTIVE, consent, parent);
    }

    @Test
    void P4_a_child_under_16_alone_is_refused() {
        minor("child", LocalDate.of(2015, 1, 1), true, true);

        assertThat(rules.mayBook(request("d1", round, THU_3_DEC, "child")).refusals())
                .containsExactly(Refusal.forVisitor(Reason.MINOR_UNACCOMPANIED, "child"));
    }

    @Test
    void P4_a_child_under_16_with_an_adult_permit_holder_may_come() {
        minor("child", LocalDate.of(2015, 1, 1), false, false);

        assertThat(rules.mayBook(request("d1", round, THU_3_DEC, "child", "adult")).allowed()).isTrue();
    }

    @Test
    void P4_an_adult_whose_permit_is_suspended_does_not_accompany_a_child() {
        minor("child", LocalDate.of(2015, 1, 1), false, false);
        world.visitor("uncle", World.ADULT_BIRTH);
        world.permit("uncle", "d1", PermitKind.PERMANENT, 0, PermitStatus.SUSPENDED, false, false);

        assertThat(rules.mayBook(request("d1", round, THU_3_DEC, "uncle", "child")).refusals())
                .containsExactlyInAnyOrder(
                        Refusal.forVisitor(Reason.PERMIT_SUSPENDED, "uncle"),
                        Refusal.forVisitor(Reason.MINOR_UNACCOMPANIED, "child"));
    }

    @Test
    void P4_C3_on_their_16th_birthday_a_visitor_may_come_alone_to_a_parent_with_consent() {
        minor("teen", SIXTEEN_ON_THE_DAY, true, true);

        assertThat(rules.mayBook(request("d1", round, THU_3_DEC, "teen")).allowed()).isTrue();
    }

    @Test
    void P4_C3_the_day_before_their_16th_birthday_a_visitor_is_still_under_16() {
        minor("teen", SIXTEEN_ON_THE_DAY.plusDays(1), true, true);

        assertThat(rules.mayBook(request("d1", round, THU_3_DEC, "teen")).refusals())
                .containsExactly(Refusal.forVisitor(Reason.MINOR_UNACCOMPANIED, "teen"));
    }

    @Test
    void P4_a_16_year_old_alone_needs_recorded_consent() {
        minor("teen", SIXTEEN_ON_THE_DAY, false, true);

        assertThat(rules.mayBook(request("d1", round, THU_3_DEC, "teen")).refusals())
                .containsExactly(Refusal.forVisitor(Reason.MINOR_ALONE_NOT_ALLOWED, "teen"));
    }

    @Test
    void P4_a_17_year_old_alone_may_only_visit_a_parent() {
        minor("teen", LocalDate.of(2009, 6, 1), true, false);

        assertThat(rules.mayBook(request("d1", round, THU_3_DEC, "teen")).refusals())
                .containsExactly(Refusal.forVisitor(Reason.MINOR_ALONE_NOT_ALLOWED, "teen"));
        assertThat(rules.mayBook(request("d1", round, THU_3_DEC, "teen", "adult")).allowed()).isTrue();
    }

    @Test
    void P4_a_16_year_old_does_not_count_as_the_adult_for_a_younger_child() {
        minor("teen", SIXTEEN_ON_THE_DAY, true, true);
        minor("child", LocalDate.of(2015, 1, 1), false, false);

        assertThat(rules.mayBook(request("d1", round, THU_3_DEC, "teen", "child")).refusals())
                .containsExactly(Refusal.forVisitor(Reason.MINOR_UNACCOMPANIED, "child"));
    }
}
