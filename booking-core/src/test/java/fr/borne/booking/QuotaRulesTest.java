package fr.borne.booking;

import fr.borne.detainee.PenalCategory;
import fr.borne.settings.BookingSettings;
import fr.borne.settings.LayeredSettings;
import fr.borne.settings.SettingsOverride;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Map;

import static fr.borne.booking.Timetables.DIJON;
import static fr.borne.booking.Timetables.PARIS;
import static fr.borne.booking.World.FRI_4_DEC;
import static fr.borne.booking.World.MONDAY_MORNING;
import static fr.borne.booking.World.SAT_28_NOV;
import static fr.borne.booking.World.SAT_5_DEC;
import static fr.borne.booking.World.THU_26_NOV;
import static fr.borne.booking.World.THU_3_DEC;
import static fr.borne.booking.World.WED_2_DEC;
import static fr.borne.booking.World.dijon;
import static fr.borne.booking.World.request;
import static fr.borne.booking.World.rouen;
import static java.time.DayOfWeek.FRIDAY;
import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.SATURDAY;
import static java.time.DayOfWeek.SUNDAY;
import static java.time.DayOfWeek.THURSDAY;
import static java.time.DayOfWeek.TUESDAY;
import static java.time.DayOfWeek.WEDNESDAY;
import static org.assertj.core.api.Assertions.assertThat;

/** B7 with C4: visits per calendar week by category, or one per 7 days in a disciplinary cell. */
class QuotaRulesTest {

    private static final LocalDate SUN_6_DEC = LocalDate.of(2026, 12, 6);
    private static final LocalDate MON_7_DEC = LocalDate.of(2026, 12, 7);
    private static final LocalDate MON_30_NOV = LocalDate.of(2026, 11, 30);
    private static final LocalDate TUE_1_DEC = LocalDate.of(2026, 12, 1);

    private final World world = new World();

    @BeforeEach
    void setUp() {
        world.detainee("sentenced", PenalCategory.SENTENCED);
        world.detainee("untried", PenalCategory.UNTRIED);
        world.detainee("cell", Timetables.ROUEN, PenalCategory.UNTRIED, false, true);
        world.detainee("granted", Timetables.ROUEN, PenalCategory.SENTENCED, true, false);
        world.detainee("dijon", DIJON, PenalCategory.SENTENCED, false, false);
        for (String detainee : new String[] {"sentenced", "untried", "cell", "granted", "dijon"}) {
            world.adultWithPermit("v-" + detainee, detainee);
        }
    }

    private static Instant midnight(LocalDate date) {
        return ZonedDateTime.of(date.atStartOfDay(), PARIS).toInstant();
    }

    @Test
    void B7_a_sentenced_detainee_has_two_visits_a_week_renewed_on_monday() {
        world.booked("sentenced", rouen(WEDNESDAY, "09:15"), WED_2_DEC, "v-sentenced");
        world.booked("sentenced", rouen(THURSDAY, "09:15"), THU_3_DEC, "v-sentenced");

        Decision decision = world.rulesAt(MONDAY_MORNING)
                .mayBook(request("sentenced", rouen(FRIDAY, "09:15"), FRI_4_DEC, "v-sentenced"));

        assertThat(decision.refusals())
                .containsExactly(Refusal.until(Reason.WEEKLY_QUOTA_REACHED, midnight(MON_7_DEC)));
    }

    @Test
    void B7_an_untried_detainee_has_three_visits_a_week() {
        world.booked("untried", rouen(WEDNESDAY, "09:15"), WED_2_DEC, "v-untried");
        world.booked("untried", rouen(THURSDAY, "09:15"), THU_3_DEC, "v-untried");
        BookingRules rules = world.rulesAt(MONDAY_MORNING);

        assertThat(rules.mayBook(request("untried", rouen(FRIDAY, "09:15"), FRI_4_DEC, "v-untried")).allowed()).isTrue();
        world.booked("untried", rouen(FRIDAY, "09:15"), FRI_4_DEC, "v-untried");
        assertThat(rules.mayBook(request("untried", rouen(SATURDAY, "09:15"), SAT_5_DEC, "v-untried")).reasons())
                .containsExactly(Reason.WEEKLY_QUOTA_REACHED);
    }

    @Test
    void B7_the_week_ends_on_sunday_and_the_next_starts_on_monday() {
        world.booked("dijon", dijon(MONDAY, "10:00"), MON_30_NOV, "v-dijon");
        world.booked("dijon", dijon(TUESDAY, "10:00"), TUE_1_DEC, "v-dijon");
        BookingRules rules = world.rulesAt(MONDAY_MORNING);

        assertThat(rules.mayBook(request("dijon", dijon(SUNDAY, "10:00"), SUN_6_DEC, "v-dijon")).refusals())
                .containsExactly(Refusal.until(Reason.WEEKLY_QUOTA_REACHED, midnight(MON_7_DEC)));
        assertThat(rules.mayBook(request("dijon", dijon(MONDAY, "10:00"), MON_7_DEC, "v-dijon")).allowed()).isTrue();
    }

    @Test
    void B7_a_detainee_may_have_a_lower_quota_of_their_own() {
        world.with(new LayeredSettings(BookingSettings.NATIONAL, Map.of(), Map.of(),
                Map.of("sentenced", SettingsOverride.builder().weeklyQuota(PenalCategory.SENTENCED, 1).build())));
        world.booked("sentenced", rouen(WEDNESDAY, "09:15"), WED_2_DEC, "v-sentenced");

        assertThat(world.rulesAt(MONDAY_MORNING)
                .mayBook(request("sentenced", rouen(FRIDAY, "09:15"), FRI_4_DEC, "v-sentenced")).reasons())
                .containsExactly(Reason.WEEKLY_QUOTA_REACHED);
    }

    @Test
    void B7_B8_a_double_visit_counts_once_against_the_quota() {
        world.bookedDouble("granted", rouen(WEDNESDAY, "09:15"), rouen(WEDNESDAY, "10:15"), WED_2_DEC, "v-granted");
        BookingRules rules = world.rulesAt(MONDAY_MORNING);

        assertThat(rules.mayBook(request("granted", rouen(FRIDAY, "09:15"), FRI_4_DEC, "v-granted")).allowed()).isTrue();
        world.booked("granted", rouen(FRIDAY, "09:15"), FRI_4_DEC, "v-granted");
        assertThat(rules.mayBook(request("granted", rouen(SATURDAY, "09:15"), SAT_5_DEC, "v-granted")).reasons())
                .containsExactly(Reason.WEEKLY_QUOTA_REACHED);
    }

    @Test
    void B7_C4_in_a_disciplinary_cell_six_days_later_is_refused_until_the_seventh() {
        world.booked("cell", rouen(THURSDAY, "09:15"), THU_26_NOV, "v-cell");

        Decision decision = world.rulesAt(MONDAY_MORNING)
                .mayBook(request("cell", rouen(WEDNESDAY, "09:15"), WED_2_DEC, "v-cell"));

        assertThat(decision.refusals())
                .containsExactly(Refusal.until(Reason.DISCIPLINARY_QUOTA_REACHED, midnight(THU_3_DEC)));
    }

    @Test
    void B7_C4_in_a_disciplinary_cell_the_same_weekday_a_week_later_is_allowed() {
        world.booked("cell", rouen(THURSDAY, "15:40"), THU_26_NOV, "v-cell");

        assertThat(world.rulesAt(MONDAY_MORNING)
                .mayBook(request("cell", rouen(THURSDAY, "09:15"), THU_3_DEC, "v-cell")).allowed()).isTrue();
    }

    @Test
    void B7_C4_the_disciplinary_rule_also_looks_ahead_and_replaces_the_weekly_quota() {
        world.booked("cell", rouen(FRIDAY, "09:15"), FRI_4_DEC, "v-cell");
        BookingRules rules = world.rulesAt(MONDAY_MORNING);

        assertThat(rules.mayBook(request("cell", rouen(SATURDAY, "09:15"), SAT_28_NOV, "v-cell")).reasons())
                .containsExactly(Reason.DISCIPLINARY_QUOTA_REACHED);
        assertThat(rules.mayBook(request("cell", rouen(FRIDAY, "10:15"), FRI_4_DEC, "v-cell")).reasons())
                .containsExactly(Reason.DISCIPLINARY_QUOTA_REACHED);
    }
}
