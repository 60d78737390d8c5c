package fr.borne.central.booking;

import fr.borne.booking.BookingStatus;
import fr.borne.booking.Channel;
import fr.borne.central.CentralDatabase;
import fr.borne.central.CentralDatabaseOptions;
import fr.borne.central.CentralServices;
import fr.borne.central.DemoLoader;
import fr.borne.central.TlsCentral;
import fr.borne.central.kiosk.Principal;
import fr.borne.central.notice.ContactChannel;
import fr.borne.store.Database;
import fr.borne.store.Sql;
import fr.borne.sync.BookingData;
import fr.borne.sync.CreateBooking;
import fr.borne.testsupport.postgres.TestPostgres;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What one booking costs central on PostgreSQL, in statements sent to the server, each a
 * round trip that every writer queued behind the booking's gate waits for: the rules read
 * a booking's facts a table at a time for all its visitors, never one query per visitor.
 */
class StatementsPerBookingTest {

    /** Gates, transaction, idempotency key, the rules' facts, the writes, the feed, the commit. */
    static final int MOST_PER_BOOKING = 14;

    private final TestPostgres server = TestPostgres.shared();
    private CountingDataSource counted;
    private Database database;
    private CentralServices services;

    @BeforeEach
    void start() {
        CentralDatabaseOptions.Server options = new CentralDatabaseOptions.Server(server.createDatabase(),
                server.user(), server.password(), 2);
        counted = new CountingDataSource(CentralDatabase.pool(options));
        database = CentralDatabase.connect(counted, "counted");
        services = CentralServices.create(database, Clock.systemUTC());
        DemoLoader.load(services);
        TlsCentral.register(services, "rouen-1", "rouen");
    }

    @AfterEach
    void stop() {
        database.close();
    }

    @Test
    void a_kiosk_booking_sends_at_most_a_bound_of_statements_and_a_party_of_three_no_more_than_one_visitor() {
        Party party = partyOf(3, "");
        Party single = partyOf(1, party.detaineeId());
        LocalDate wednesday = nextWednesday();

        List<String> alone = book(single.detaineeId(), single.visitorIds(), wednesday);
        List<String> three = book(party.detaineeId(), party.visitorIds(), wednesday);

        System.out.printf("statements per booking at central on PostgreSQL: one visitor %d, three visitors %d%n",
                alone.size(), three.size());
        assertThat(alone).as("one visitor:%n%s", String.join("\n", alone)).hasSizeLessThanOrEqualTo(MOST_PER_BOOKING);
        assertThat(three).as("three visitors: no statement per visitor%n%s", String.join("\n", three))
                .hasSameSizeAs(alone);
    }

    @Test
    void T4_visitors_who_asked_for_notices_add_only_the_notices_written_for_them() {
        Party party = partyOf(3, "");
        Party single = partyOf(1, party.detaineeId());
        database.write(c -> {
            for (String visitorId : List.of(single.visitorIds().get(0), party.visitorIds().get(0),
                    party.visitorIds().get(1), party.visitorIds().get(2))) {
                services.notices().contacts().save(c, visitorId, ContactChannel.SMS, "+33600000000", "fr",
                        Instant.now());
            }
            return null;
        });
        LocalDate wednesday = nextWednesday();

        List<String> alone = book(single.detaineeId(), single.visitorIds(), wednesday);
        List<String> three = book(party.detaineeId(), party.visitorIds(), wednesday);

        // a confirmation and a reminder for each contact, nothing else read or written per visitor
        int notices = 2;
        assertThat(three).as("three visitors, each with a contact%n%s", String.join("\n", three))
                .hasSize(alone.size() + 2 * notices);
        assertThat(alone).as("one visitor with a contact%n%s", String.join("\n", alone))
                .hasSizeLessThanOrEqualTo(MOST_PER_BOOKING + 1 + notices);
    }

    /** Books and answers what was sent for it; the booking must be made, or the count says nothing. */
    private List<String> book(String detaineeId, List<String> visitorIds, LocalDate date) {
        UUID id = UUID.randomUUID();
        BookingData data = new BookingData(id, "S" + id.toString().substring(0, 5), visitorIds.get(0), detaineeId,
                "rouen-wed-1415", null, date, visitorIds, BookingStatus.CONFIRMED, Channel.KIOSK, Instant.now());
        counted.take();
        Reply reply = services.bookings().create(new Principal.Kiosk("rouen-1", "rouen"), id.toString(),
                new CreateBooking(data, false));
        List<String> sent = counted.take();
        assertThat(reply).isInstanceOfSatisfying(Reply.Answered.class,
                answered -> assertThat(answered.answer().accepted()).as("%s", answered.answer()).isTrue());
        return sent;
    }

    private record Party(String detaineeId, List<String> visitorIds) {
    }

    /** A Rouen detainee (not {@code except}) with {@code size} adult visitors on active permanent permits. */
    private Party partyOf(int size, String except) {
        return database.read(c -> {
            String detainee = Sql.one(c, """
                    SELECT p.detainee_id FROM permit p JOIN detainee d ON d.id = p.detainee_id
                    JOIN visitor v ON v.id = p.visitor_id
                    WHERE d.establishment_id = 'rouen' AND p.status = 'ACTIVE' AND p.kind = 'PERMANENT'
                      AND v.birth_date < '2000-01-01' AND p.detainee_id <> ?
                    GROUP BY p.detainee_id HAVING count(*) >= ? ORDER BY p.detainee_id LIMIT 1""",
                    row -> row.getString(1), except, size).orElseThrow();
            List<String> visitors = Sql.list(c, """
                    SELECT p.visitor_id FROM permit p JOIN visitor v ON v.id = p.visitor_id
                    WHERE p.detainee_id = ? AND p.status = 'ACTIVE' AND p.kind = 'PERMANENT'
                      AND v.birth_date < '2000-01-01' ORDER BY p.visitor_id LIMIT ?""",
                    row -> row.getString(1), detainee, size);
            return new Party(detainee, visitors);
        });
    }

    private static LocalDate nextWednesday() {
        LocalDate date = LocalDate.now(Clock.systemUTC()).plusDays(4);
        while (date.getDayOfWeek() != DayOfWeek.WEDNESDAY) {
            date = date.plusDays(1);
        }
        return date;
    }
}
