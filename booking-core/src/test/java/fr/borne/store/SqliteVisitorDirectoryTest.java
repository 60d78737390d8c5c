package fr.borne.store;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import fr.borne.booking.Booking;
import fr.borne.booking.BookingRequest;
import fr.borne.booking.BookingResult;
import fr.borne.booking.Channel;
import fr.borne.permit.PermitKind;
import fr.borne.permit.PermitStatus;
import fr.borne.visitor.Badge;
import fr.borne.visitor.BadgeCode;
import fr.borne.visitor.BadgeLookup;
import fr.borne.visitor.Visitor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static fr.borne.store.TestReplica.NEXT_ROUND;
import static fr.borne.store.TestReplica.ROUND;
import static fr.borne.store.TestReplica.WEDNESDAY;
import static fr.borne.store.TestReplica.detainee;
import static fr.borne.store.TestReplica.visitor;
import static org.assertj.core.api.Assertions.assertThat;

class SqliteVisitorDirectoryTest {

    @TempDir
    Path dir;
    private Database database;
    private SqliteVisitorDirectory directory;

    @BeforeEach
    void open() {
        database = Database.open(dir.resolve("replica.db"));
        TestReplica.load(database, 20, 3);
        database.write(c -> {
            new VisitorRepository(c).saveAll(List.of(
                    new Visitor("sister", "Anne", "Sœur", LocalDate.of(1990, 1, 1)),
                    new Visitor("cousin", "Paul", "Cousin", LocalDate.of(1985, 1, 1))));
            new PermitRepository(c).saveAll(List.of(
                    TestReplica.permit("sister", detainee(0), PermitKind.PERMANENT, 0, PermitStatus.ACTIVE),
                    TestReplica.permit("cousin", detainee(0), PermitKind.PERMANENT, 0, PermitStatus.SUSPENDED)));
            new BadgeRepository(c).saveAll(List.of(new Badge(BadgeCode.hash("LOST-CARD"), visitor(1), true)));
            return null;
        });
        directory = new SqliteVisitorDirectory(database, TestReplica.ESTABLISHMENT, TestReplica.clock());
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void P5_a_badge_is_found_by_the_hash_of_its_code_whatever_the_case_and_spaces() {
        assertThat(directory.identify(" code-0 ")).isInstanceOfSatisfying(BadgeLookup.Known.class,
                known -> assertThat(known.visitor().id()).isEqualTo(visitor(0)));
        assertThat(directory.identify("CODE-404")).isInstanceOf(BadgeLookup.Unknown.class);
        assertThat(directory.identify("")).isInstanceOf(BadgeLookup.Unknown.class);
        int codesInClear = database.read(c -> Sql.count(c, "SELECT count(*) FROM badge WHERE code_hash LIKE '%CODE%'"));
        assertThat(codesInClear).isZero();
    }

    @Test
    void P5_a_revoked_badge_is_refused_and_logged_without_its_code_or_the_name() {
        Logger logger = (Logger) LoggerFactory.getLogger(SqliteVisitorDirectory.class);
        ListAppender<ILoggingEvent> appender = new ListAppender<>();
        appender.start();
        logger.addAppender(appender);
        try {
            assertThat(directory.identify("LOST-CARD")).isInstanceOf(BadgeLookup.Revoked.class);
        } finally {
            logger.detachAppender(appender);
        }
        assertThat(appender.list).singleElement().satisfies(event -> {
            assertThat(event.getFormattedMessage())
                    .contains("revoked", BadgeCode.hash("LOST-CARD").substring(0, 8), visitor(1))
                    .doesNotContain("LOST-CARD", "Visiteur", "N1");
        });
    }

    @Test
    void B2_companions_are_the_other_holders_of_an_active_permit_for_the_detainee() {
        assertThat(directory.companionsFor(visitor(0), detainee(0))).extracting(Visitor::id).containsExactly("sister");
    }

    @Test
    void upcoming_bookings_name_or_were_made_by_the_visitor_soonest_first() {
        SqliteBookingService service = new SqliteBookingService(database, TestReplica.ESTABLISHMENT, TestReplica.clock());
        Booking later = done(service.confirm(null, new BookingRequest(visitor(0), detainee(0), NEXT_ROUND, WEDNESDAY,
                List.of("sister"), false, Channel.KIOSK)));
        Booking sooner = done(service.confirm(null, new BookingRequest("sister", detainee(0), ROUND, WEDNESDAY,
                List.of("sister", visitor(0)), false, Channel.KIOSK)));
        done(service.confirm(null, TestReplica.request(2)));

        assertThat(directory.upcomingBookings(visitor(0))).containsExactly(sooner, later);
        assertThat(directory.booking(sooner.id())).contains(sooner);
        assertThat(directory.permitsOf(visitor(0))).singleElement()
                .satisfies(p -> assertThat(p.detaineeId()).isEqualTo(detainee(0)));
    }

    @Test
    void B13_an_occurrence_exists_only_on_its_round_s_weekday() {
        assertThat(directory.occurrence(ROUND, WEDNESDAY)).hasValueSatisfying(o ->
                assertThat(o.start()).isEqualTo(WEDNESDAY.atTime(10, 0).atZone(TestReplica.PARIS).toInstant()));
        assertThat(directory.occurrence(ROUND, WEDNESDAY.plusDays(1))).isEmpty();
        assertThat(directory.occurrence("nope", WEDNESDAY)).isEmpty();
        assertThat(directory.establishment(TestReplica.ESTABLISHMENT)).isPresent();
        assertThat(directory.detainee(detainee(1))).isPresent();
        assertThat(directory.visitor("nobody")).isEmpty();
    }

    private static Booking done(BookingResult result) {
        assertThat(result).isInstanceOf(BookingResult.Done.class);
        return ((BookingResult.Done) result).booking();
    }
}
