package fr.borne.booking;

import fr.borne.detainee.PenalCategory;
import fr.borne.establishment.VisitType;
import fr.borne.settings.BookingSettings;
import fr.borne.settings.LayeredSettings;
import fr.borne.settings.SettingsOverride;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static fr.borne.booking.World.MONDAY_MORNING;
import static fr.borne.booking.World.THU_3_DEC;
import static fr.borne.booking.World.rouen;
import static java.time.DayOfWeek.THURSDAY;
import static org.assertj.core.api.Assertions.assertThat;

/** B9: special visits are arranged by the parloir service, not booked at a kiosk. */
class SpecialVisitRulesTest {

    private final World world = new World();
    private final String round = rouen(THURSDAY, "09:15");

    @BeforeEach
    void setUp() {
        world.detainee("d1", PenalCategory.UNTRIED);
        world.adultWithPermit("a", "d1");
    }

    private static BookingRequest asked(VisitType type, Channel channel) {
        return new BookingRequest("a", "d1", rouen(THURSDAY, "09:15"), THU_3_DEC, List.of("a"), false, channel, type);
    }

    @ParameterizedTest
    @EnumSource(value = VisitType.class, names = {"PROLONGED", "FAMILY_UNIT", "GLASS_PARTITION"})
    void B9_a_special_visit_is_refused_at_the_kiosk_on_that_reason_alone(VisitType type) {
        Decision decision = world.rulesAt(MONDAY_MORNING).mayBook(asked(type, Channel.KIOSK));

        assertThat(decision.refusals()).containsExactly(Refusal.of(Reason.SPECIAL_VISIT_NOT_AT_KIOSK));
        assertThat(decision.failedRules()).containsExactly(RuleId.B9);
    }

    @Test
    void B9_an_ordinary_visit_is_not_touched_by_the_rule() {
        assertThat(world.rulesAt(MONDAY_MORNING).mayBook(asked(VisitType.ORDINARY, Channel.KIOSK)).allowed()).isTrue();
        assertThat(world.rulesAt(MONDAY_MORNING).mayBook(
                new BookingRequest("a", "d1", round, THU_3_DEC, List.of("a"), false, Channel.KIOSK).withVisitType(VisitType.ORDINARY))
                .allowed()).isTrue();
    }

    @Test
    void B9_the_parloir_service_may_book_a_special_visit_by_phone() {
        assertThat(world.rulesAt(MONDAY_MORNING).mayBook(asked(VisitType.FAMILY_UNIT, Channel.PHONE)).allowed()).isTrue();
    }

    @Test
    void B9_an_establishment_may_let_its_kiosks_book_one_kind_of_special_visit() {
        world.with(new LayeredSettings(BookingSettings.NATIONAL, Map.of("rouen", SettingsOverride.builder()
                .kioskVisitTypes(Set.of(VisitType.ORDINARY, VisitType.PROLONGED)).build()), Map.of(), Map.of()));
        BookingRules rules = world.rulesAt(MONDAY_MORNING);

        assertThat(rules.mayBook(asked(VisitType.PROLONGED, Channel.KIOSK)).allowed()).isTrue();
        assertThat(rules.mayBook(asked(VisitType.GLASS_PARTITION, Channel.KIOSK)).reasons())
                .containsExactly(Reason.SPECIAL_VISIT_NOT_AT_KIOSK);
    }

    @Test
    void B9_the_setting_is_read_and_written_as_text_and_a_typo_is_refused() {
        SettingsOverride read = SettingsOverride.fromMap(Map.of(SettingsOverride.KIOSK_VISIT_TYPES, "ORDINARY, FAMILY_UNIT"));

        assertThat(read.kioskVisitTypes()).contains(Set.of(VisitType.ORDINARY, VisitType.FAMILY_UNIT));
        assertThat(read.toMap()).containsEntry(SettingsOverride.KIOSK_VISIT_TYPES, "ORDINARY,FAMILY_UNIT");
        org.assertj.core.api.Assertions.assertThatThrownBy(() ->
                        SettingsOverride.fromMap(Map.of(SettingsOverride.KIOSK_VISIT_TYPES, "UVF")))
                .hasMessageContaining(SettingsOverride.KIOSK_VISIT_TYPES);
    }
}
