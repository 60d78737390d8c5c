package fr.borne.demo;

import fr.borne.booking.BookingRequest;
import fr.borne.booking.BookingResult;
import fr.borne.booking.Channel;
import fr.borne.booking.Reason;
import fr.borne.store.Database;
import fr.borne.store.Sql;
import fr.borne.store.SqliteBookingService;
import fr.borne.store.SqliteVisitorDirectory;
import fr.borne.visitor.BadgeLookup;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The demo data loads into a fresh file and shows every case the rules distinguish. */
class DemoDataTest {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    /** Tuesday 1 December 2026: next week is 7–13 December. */
    private static final Clock CLOCK = Clock.fixed(ZonedDateTime.of(2026, 12, 1, 9, 0, 0, 0, PARIS).toInstant(), PARIS);
    private static final LocalDate FRIDAY = LocalDate.of(2026, 12, 4);
    private static final LocalDate NEXT_FRIDAY = LocalDate.of(2026, 12, 11);

    @TempDir
    static Path dir;
    private static Database database;
    private static SqliteBookingService rouen;

    @BeforeAll
    static void load() {
        database = Database.open(dir.resolve("demo.db"));
        DemoData.load(database, CLOCK);
        rouen = new SqliteBookingService(database, Timetables.ROUEN, CLOCK);
    }

    @AfterAll
    static void close() {
        database.close();
    }

    @Test
    void B5_rouen_has_the_family_guide_timetable_and_dijon_its_own() {
        Map<String, Integer> rounds = database.read(c -> Map.of(
                "rouen", Sql.count(c, "SELECT count(*) FROM round WHERE establishment_id = 'rouen'"),
                "rouen weekday seats", Sql.count(c, "SELECT sum(capacity) FROM round WHERE establishment_id = 'rouen' AND day_of_week = 3"),
                "rouen saturday seats", Sql.count(c, "SELECT sum(capacity) FROM round WHERE establishment_id = 'rouen' AND day_of_week = 6"),
                "dijon", Sql.count(c, "SELECT count(*) FROM round WHERE establishment_id = 'dijon'")));
        assertThat(rounds).containsEntry("rouen", 21).containsEntry("rouen weekday seats", 80)
                .containsEntry("rouen saturday seats", 90).containsEntry("dijon", 8);
        SqliteVisitorDirectory directory = new SqliteVisitorDirectory(database, Timetables.ROUEN, CLOCK);
        assertThat(directory.establishment(Timetables.ROUEN)).hasValueSatisfying(e -> {
            assertThat(e.address()).isEqualTo("169 boulevard de l'Europe, 76038 Rouen");
            assertThat(e.parloirPhone()).isEqualTo("02 32 18 01 15");
        });
        assertThat(directory.establishment(Timetables.DIJON)).hasValueSatisfying(e ->
                assertThat(e.address()).isEqualTo("72 rue d'Auxonne, 21033 Dijon Cedex"));
    }

    @Test
    void P5_every_demo_badge_identifies_its_visitor_and_the_lost_card_is_revoked() {
        SqliteVisitorDirectory directory = new SqliteVisitorDirectory(database, Timetables.ROUEN, CLOCK);
        for (DemoBadge badge : DemoBadges.ALL) {
            BadgeLookup lookup = directory.identify(badge.code());
            if (badge.code().equals("DEMO-0012")) {
                assertThat(lookup).as(badge.code()).isInstanceOf(BadgeLookup.Revoked.class);
            } else {
                assertThat(lookup).as(badge.code()).isInstanceOfSatisfying(BadgeLookup.Known.class,
                        known -> assertThat(known.visitor().id()).isEqualTo(badge.visitorId()));
            }
        }
    }

    @Test
    void every_category_the_rules_distinguish_is_present() {
        Map<String, Integer> counts = database.read(c -> {
            String age = "(strftime('%Y', '2026-12-01') - strftime('%Y', v.birth_date)"
                    + " - (strftime('%m-%d', '2026-12-01') < strftime('%m-%d', v.birth_date)))";
            String permits = "SELECT count(*) FROM permit p JOIN visitor v ON v.id = p.visitor_id WHERE ";
            return Map.ofEntries(
                    Map.entry("under 16", Sql.count(c, permits + age + " < 16")),
                    Map.entry("16-17 with consent", Sql.count(c, permits + age + " BETWEEN 16 AND 17 AND p.parental_consent = 1 AND p.detainee_is_parent = 1")),
                    Map.entry("16-17 without consent", Sql.count(c, permits + age + " BETWEEN 16 AND 17 AND p.parental_consent = 0")),
                    Map.entry("provisional, last visit", Sql.count(c, "SELECT count(*) FROM permit WHERE kind = 'PROVISIONAL' AND remaining_visits = 1")),
                    Map.entry("provisional, used up", Sql.count(c, "SELECT count(*) FROM permit WHERE kind = 'PROVISIONAL' AND remaining_visits = 0")),
                    Map.entry("suspended", Sql.count(c, "SELECT count(*) FROM permit WHERE status = 'SUSPENDED'")),
                    Map.entry("withdrawn", Sql.count(c, "SELECT count(*) FROM permit WHERE status = 'WITHDRAWN'")),
                    Map.entry("revoked badge", Sql.count(c, "SELECT count(*) FROM badge WHERE revoked = 1")),
                    Map.entry("untried", Sql.count(c, "SELECT count(*) FROM detainee WHERE category = 'UNTRIED'")),
                    Map.entry("sentenced", Sql.count(c, "SELECT count(*) FROM detainee WHERE category = 'SENTENCED'")),
                    Map.entry("disciplinary", Sql.count(c, "SELECT count(*) FROM detainee WHERE in_disciplinary_cell = 1")),
                    Map.entry("double visit", Sql.count(c, "SELECT count(*) FROM detainee WHERE double_visit_granted = 1")),
                    Map.entry("closure", Sql.count(c, "SELECT count(*) FROM closure")),
                    Map.entry("dijon detainees", Sql.count(c, "SELECT count(*) FROM detainee WHERE establishment_id = 'dijon'")));
        });
        assertThat(counts).allSatisfy((category, count) -> assertThat(count).as(category).isPositive());
    }

    @Test
    void P2_P4_the_demo_families_meet_the_rules_they_are_there_to_show() {
        assertThat(reasons(book("v-1006", "d-2002", List.of("v-1006"))))
                .contains(Reason.PROVISIONAL_PERMIT_USED_UP);
        assertThat(reasons(book("v-1004", "d-2001", List.of("v-1004"))))
                .contains(Reason.MINOR_UNACCOMPANIED);
        assertThat(reasons(book("v-1003", "d-2001", List.of("v-1003"))))
                .contains(Reason.MINOR_ALONE_NOT_ALLOWED);
        assertThat(reasons(book("v-1013", "d-2007", List.of("v-1013"))))
                .contains(Reason.OTHER_ESTABLISHMENT_NEEDS_NETWORK);
        assertThat(reasons(book("v-1012", "d-2006", List.of("v-1012"))))
                .contains(Reason.PERMIT_WITHDRAWN);
    }

    @Test
    void B7_the_sentenced_detainee_s_quota_is_reached_next_week() {
        BookingResult result = rouen.confirm(null, new BookingRequest("v-1007", "d-2003",
                Timetables.roundId(Timetables.ROUEN, NEXT_FRIDAY.getDayOfWeek(), "09:15"), NEXT_FRIDAY,
                List.of("v-1007"), false, Channel.KIOSK));
        assertThat(reasons(result)).contains(Reason.WEEKLY_QUOTA_REACHED);
    }

    @Test
    void P4_C7_who_may_come_does_come() {
        assertThat(book("v-1002", "d-2001", List.of("v-1002")))
                .isInstanceOf(BookingResult.Done.class);
        assertThat(book("v-1010", "d-2006", List.of("v-1011")))
                .isInstanceOf(BookingResult.Done.class);
        SqliteVisitorDirectory directory = new SqliteVisitorDirectory(database, Timetables.ROUEN, CLOCK);
        assertThat(directory.upcomingBookings("v-1014")).singleElement()
                .satisfies(b -> assertThat(b.visitorIds()).containsExactly("v-1014", "v-1015"));
    }

    private static BookingResult book(String bookedBy, String detaineeId, List<String> visitors) {
        return rouen.confirm(null, new BookingRequest(bookedBy, detaineeId,
                Timetables.roundId(Timetables.ROUEN, FRIDAY.getDayOfWeek(), "10:15"), FRIDAY, visitors, false,
                Channel.KIOSK));
    }

    private static Set<Reason> reasons(BookingResult result) {
        assertThat(result).isInstanceOf(BookingResult.Refused.class);
        return ((BookingResult.Refused) result).decision().reasons();
    }
}
