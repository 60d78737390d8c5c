package fr.borne.booking;

import fr.borne.detainee.PenalCategory;
import fr.borne.permit.PermitKind;
import fr.borne.permit.PermitStatus;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.Optional;

import static fr.borne.booking.World.ADULT_BIRTH;
import static fr.borne.booking.World.MONDAY_MORNING;
import static fr.borne.booking.World.THU_3_DEC;
import static fr.borne.booking.World.request;
import static fr.borne.booking.World.requestBy;
import static fr.borne.booking.World.rouen;
import static java.time.DayOfWeek.THURSDAY;
import static org.assertj.core.api.Assertions.assertThat;

/** P1–P3 and C7: each visitor needs their own active permit; the booker need not come. */
class PermitRulesTest {

    private final World world = new World();
    private final String round = rouen(THURSDAY, "09:15");
    private BookingRules rules;

    @BeforeEach
    void setUp() {
        world.detainee("d1", PenalCategory.SENTENCED);
        world.adultWithPermit("lead", "d1");
        rules = world.rulesAt(MONDAY_MORNING);
    }

    @Test
    void P1_a_visitor_with_a_permit_may_book() {
        assertThat(rules.mayBook(request("d1", round, THU_3_DEC, "lead")).allowed()).isTrue();
    }

    @Test
    void P1_a_lead_visitor_without_permit_is_refused_by_name() {
        world.visitor("stranger", ADULT_BIRTH);

        Decision decision = rules.mayBook(request("d1", round, THU_3_DEC, "stranger"));

        assertThat(decision.refusals()).containsExactly(Refusal.forVisitor(Reason.NO_PERMIT, "stranger"));
    }

    @Test
    void P1_a_companion_without_permit_is_refused_by_name() {
        world.visitor("cousin", ADULT_BIRTH);
        world.permit("cousin", "someone-else");

        Decision decision = rules.mayBook(request("d1", round, THU_3_DEC, "lead", "cousin"));

        assertThat(decision.refusals()).containsExactly(Refusal.forVisitor(Reason.COMPANION_WITHOUT_PERMIT, "cousin"));
        assertThat(decision.failedRules()).containsExactly(RuleId.P1);
    }

    @Test
    void P1_unknown_visitor_and_unknown_detainee_are_typed_refusals() {
        Decision unknownVisitor = rules.mayBook(request("d1", round, THU_3_DEC, "lead", "ghost"));
        Decision unknownDetainee = rules.mayBook(request("nobody-held", round, THU_3_DEC, "lead", "ghost"));

        assertThat(unknownVisitor.refusals()).containsExactly(Refusal.forVisitor(Reason.UNKNOWN_VISITOR, "ghost"));
        assertThat(unknownDetainee.refusals()).containsExactly(
                Refusal.of(Reason.UNKNOWN_DETAINEE), Refusal.forVisitor(Reason.UNKNOWN_VISITOR, "ghost"));
    }

    @Test
    void P2_a_provisional_permit_with_one_visit_left_may_book_its_last_visit() {
        world.visitor("friend", ADULT_BIRTH);
        world.permit("friend", "d1", PermitKind.PROVISIONAL, 1, PermitStatus.ACTIVE, false, false);

        assertThat(rules.mayBook(request("d1", round, THU_3_DEC, "friend")).allowed()).isTrue();
    }

    @Test
    void P2_a_provisional_permit_with_no_visit_left_is_used_up() {
        world.visitor("friend", ADULT_BIRTH);
        world.permit("friend", "d1", PermitKind.PROVISIONAL, 0, PermitStatus.ACTIVE, false, false);

        assertThat(rules.mayBook(request("d1", round, THU_3_DEC, "lead", "friend")).refusals())
                .containsExactly(Refusal.forVisitor(Reason.PROVISIONAL_PERMIT_USED_UP, "friend"));
    }

    @Test
    void P3_a_suspended_or_withdrawn_permit_books_nothing() {
        world.visitor("suspended", ADULT_BIRTH);
        world.permit("suspended", "d1", PermitKind.PERMANENT, 0, PermitStatus.SUSPENDED, false, false);
        world.visitor("withdrawn", ADULT_BIRTH);
        world.permit("withdrawn", "d1", PermitKind.PERMANENT, 0, PermitStatus.WITHDRAWN, false, false);

        assertThat(rules.mayBook(request("d1", round, THU_3_DEC, "suspended", "withdrawn")).refusals())
                .containsExactly(
                        Refusal.forVisitor(Reason.PERMIT_SUSPENDED, "suspended"),
                        Refusal.forVisitor(Reason.PERMIT_WITHDRAWN, "withdrawn"));
    }

    @Test
    void C7_a_badge_holder_with_a_suspended_permit_may_book_for_others() {
        world.visitor("mother", ADULT_BIRTH);
        world.permit("mother", "d1", PermitKind.PERMANENT, 0, PermitStatus.SUSPENDED, false, false);

        assertThat(rules.mayBook(requestBy("mother", "d1", round, THU_3_DEC, "lead")).allowed()).isTrue();
        assertThat(rules.mayBook(requestBy("mother", "d1", round, THU_3_DEC, "mother", "lead")).refusals())
                .containsExactly(Refusal.forVisitor(Reason.PERMIT_SUSPENDED, "mother"));
    }

    @Test
    void C7_a_badge_holder_without_any_permit_for_the_detainee_cannot_book_for_others() {
        world.visitor("neighbour", ADULT_BIRTH);

        assertThat(rules.mayBook(requestBy("neighbour", "d1", round, THU_3_DEC, "lead")).refusals())
                .containsExactly(new Refusal(Reason.NO_PERMIT, Optional.of("neighbour"), Optional.empty()));
    }
}
