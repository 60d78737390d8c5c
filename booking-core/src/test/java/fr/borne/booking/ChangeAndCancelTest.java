package fr.borne.booking;

import fr.borne.detainee.PenalCategory;
import fr.borne.permit.PermitKind;
import fr.borne.permit.PermitStatus;
import fr.borne.settings.BookingSettings;
import fr.borne.settings.LayeredSettings;
import fr.borne.settings.SettingsOverride;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import static fr.borne.booking.World.ADULT_BIRTH;
import static fr.borne.booking.World.MONDAY_MORNING;
import static fr.borne.booking.World.THU_3_DEC;
import static fr.borne.booking.World.rouen;
import static java.time.DayOfWeek.THURSDAY;
import static org.assertj.core.api.Assertions.assertThat;

/** B3 and B4 with C1, C7 and C8: who may change or cancel a booking, and until when. */
class ChangeAndCancelTest {

    private static final LocalDateTime EXACTLY_48_H_BEFORE = LocalDateTime.of(2026, 12, 1, 9, 15);
    private static final LocalDateTime ONE_SECOND_LATER = EXACTLY_48_H_BEFORE.plusSeconds(1);

    private final World world = new World();
    private final String round = rouen(THURSDAY, "09:15");
    private Booking booking;

    @BeforeEach
    void setUp() {
        world.detainee("d1", PenalCategory.SENTENCED);
        world.detainee("d2", PenalCategory.SENTENCED);
        world.adultWithPermit("lead", "d1");
        world.adultWithPermit("sister", "d1");
        world.adultWithPermit("brother", "d1");
        world.permit("brother", "d2");
        world.adultWithPermit("stranger", "d2");
        booking = world.booked("d1", round, THU_3_DEC, "lead", "sister");
    }

    @Test
    void B4_C1_cancel_is_allowed_at_exactly_48_hours_before() {
        assertThat(world.rulesAt(EXACTLY_48_H_BEFORE).mayCancel(booking, "lead").allowed()).isTrue();
    }

    @Test
    void B4_C1_cancel_is_refused_one_second_after() {
        assertThat(world.rulesAt(ONE_SECOND_LATER).mayCancel(booking, "lead").reasons())
                .containsExactly(Reason.CANCEL_CLOSED);
    }

    @Test
    void B4_an_establishment_may_allow_later_cancellation() {
        world.with(new LayeredSettings(BookingSettings.NATIONAL,
                Map.of("rouen", SettingsOverride.builder().cancelBefore(Duration.ofHours(24)).build()), Map.of(), Map.of()));

        assertThat(world.rulesAt(ONE_SECOND_LATER).mayCancel(booking, "lead").allowed()).isTrue();
    }

    @Test
    void B4_a_cancelled_booking_cannot_be_cancelled_again() {
        Booking cancelled = booking.withStatus(BookingStatus.CANCELLED_BY_CLOSURE);

        assertThat(world.rulesAt(MONDAY_MORNING).mayCancel(cancelled, "lead").reasons())
                .containsExactly(Reason.ALREADY_CANCELLED);
        assertThat(world.rulesAt(MONDAY_MORNING).mayChangeVisitors(cancelled, "lead", List.of("lead")).reasons())
                .containsExactly(Reason.ALREADY_CANCELLED);
    }

    @Test
    void C7_anyone_named_or_who_booked_may_cancel_and_no_one_else() {
        Booking madeForOthers = world.booked("d1", rouen(THURSDAY, "14:15"), THU_3_DEC, "sister");
        Booking byBrother = new Booking(madeForOthers.id(), madeForOthers.reference(), "brother", "d1",
                madeForOthers.roundId(), madeForOthers.secondRoundId(), THU_3_DEC, List.of("sister"),
                BookingStatus.CONFIRMED, Channel.KIOSK, madeForOthers.createdAt());
        BookingRules rules = world.rulesAt(MONDAY_MORNING);

        assertThat(rules.mayCancel(booking, "sister").allowed()).isTrue();
        assertThat(rules.mayCancel(byBrother, "brother").allowed()).isTrue();
        assertThat(rules.mayCancel(booking, "stranger").reasons()).containsExactly(Reason.NOT_YOUR_BOOKING);
        assertThat(rules.mayChangeVisitors(booking, "stranger", List.of("stranger")).refusals())
                .as("a stranger learns nothing about the people of the booking")
                .containsExactly(Refusal.of(Reason.NOT_YOUR_BOOKING));
    }

    @Test
    void B3_C1_companions_may_change_at_exactly_48_hours_before() {
        assertThat(world.rulesAt(EXACTLY_48_H_BEFORE)
                .mayChangeVisitors(booking, "lead", List.of("lead", "brother")).allowed()).isTrue();
    }

    @Test
    void B3_C1_companions_may_not_change_one_second_after() {
        assertThat(world.rulesAt(ONE_SECOND_LATER)
                .mayChangeVisitors(booking, "lead", List.of("lead", "brother")).reasons())
                .containsExactly(Reason.CHANGE_CLOSED);
    }

    @Test
    void B3_P1_B2_the_new_list_follows_the_people_rules() {
        BookingRules rules = world.rulesAt(MONDAY_MORNING);

        assertThat(rules.mayChangeVisitors(booking, "lead", List.of("lead", "stranger")).refusals())
                .containsExactly(Refusal.forVisitor(Reason.COMPANION_WITHOUT_PERMIT, "stranger"));
        assertThat(rules.mayChangeVisitors(booking, "lead", List.of()).reasons())
                .containsExactly(Reason.NO_VISITOR);
        world.adultWithPermit("cousin", "d1");
        assertThat(rules.mayChangeVisitors(booking, "lead", List.of("lead", "sister", "brother", "cousin")).reasons())
                .containsExactly(Reason.TOO_MANY_VISITORS);
    }

    @Test
    void C8_a_visitor_already_named_keeps_the_provisional_visit_this_booking_used() {
        world.visitor("friend", ADULT_BIRTH);
        world.permit("friend", "d1", PermitKind.PROVISIONAL, 0, PermitStatus.ACTIVE, false, false);
        Booking withFriend = world.booked("d1", rouen(THURSDAY, "14:15"), THU_3_DEC, "lead", "friend");
        BookingRules rules = world.rulesAt(MONDAY_MORNING);

        assertThat(rules.mayChangeVisitors(withFriend, "lead", List.of("friend")).allowed()).isTrue();
        assertThat(rules.mayChangeVisitors(booking, "lead", List.of("lead", "friend")).refusals())
                .containsExactly(Refusal.forVisitor(Reason.PROVISIONAL_PERMIT_USED_UP, "friend"));
    }

    @Test
    void B6_a_new_companion_must_be_free_at_that_time_but_the_booking_itself_does_not_count() {
        world.booked("d2", rouen(THURSDAY, "09:15"), THU_3_DEC, "brother");
        BookingRules rules = world.rulesAt(MONDAY_MORNING);

        assertThat(rules.mayChangeVisitors(booking, "lead", List.of("lead", "sister", "brother")).refusals())
                .containsExactly(Refusal.forVisitor(Reason.VISITOR_BOOKED_IN_OVERLAPPING_ROUND, "brother"));
        assertThat(rules.mayChangeVisitors(booking, "sister", List.of("sister")).allowed()).isTrue();
    }
}
