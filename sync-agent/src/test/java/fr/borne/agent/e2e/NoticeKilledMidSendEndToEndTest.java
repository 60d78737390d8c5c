package fr.borne.agent.e2e;

import fr.borne.booking.Booking;
import fr.borne.booking.BookingStatus;
import fr.borne.central.CentralDatabase;
import fr.borne.central.CentralServices;
import fr.borne.central.DemoLoader;
import fr.borne.central.TestCertificates;
import fr.borne.central.notice.Contact;
import fr.borne.central.notice.ContactChannel;
import fr.borne.central.notice.TestSmsc;
import fr.borne.store.BookingRepository;
import fr.borne.store.Database;
import fr.borne.store.Sql;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Central killed (SIGKILL, its own JVM) after the SMSC took a {@code submit_sm} and before
 * central could mark the notice sent. SMPP 3.4 has no idempotency key, so the only way not
 * to send an SMS twice is not to send it again: at restart the notice is {@code UNCERTAIN}
 * and the SMSC receives it exactly once, while the notice queued behind it still goes.
 * (E-mail is sent again under the same Message-ID: {@code NoticeSenderRecoveryTest}.)
 */
class NoticeKilledMidSendEndToEndTest {

    @TempDir
    Path dir;

    @Test
    void T4_an_SMS_in_flight_when_central_is_killed_is_never_sent_twice() throws Exception {
        Path db = dir.resolve("central.db");
        List<String> noticeIds = prepare(db);
        TestCertificates certificates = new TestCertificates();
        try (TestSmsc smsc = new TestSmsc();
             ChildCentral central = new ChildCentral(db, dir, certificates, List.of("--smpp-host", "127.0.0.1",
                     "--smpp-port", Integer.toString(smsc.port()), "--tasks-every", "PT0.2S"))) {
            smsc.holdAnswers();
            central.start();
            Eventually.await("the SMSC received the first submit_sm", Duration.ofSeconds(60),
                    () -> smsc.received().size() == 1);
            assertThat(state(db, noticeIds.get(0))).as("claimed, not yet marked").isEqualTo("SENDING");

            central.kill();
            smsc.answer();
            assertThat(state(db, noticeIds.get(0))).isEqualTo("SENDING");

            central.start();
            Eventually.await("the notice behind it is sent after the restart", Duration.ofSeconds(60),
                    () -> "SENT".equals(state(db, noticeIds.get(1))));
            assertThat(state(db, noticeIds.get(0))).isEqualTo("UNCERTAIN");
            assertThat(smsc.received()).hasSize(2);
            assertThat(smsc.received().stream().map(TestSmsc.Received::destination))
                    .containsExactly("33611111111", "33622222222");
            assertThat(central.kills()).isEqualTo(1);
        }
    }

    /** Central's file with the demo data and two cancellation notices due at once, to two phones. */
    private static List<String> prepare(Path db) {
        List<String> ids = new ArrayList<>();
        try (Database database = CentralDatabase.open(db)) {
            CentralServices services = CentralServices.create(database, Clock.systemUTC());
            DemoLoader.load(services);
            database.write(c -> {
                services.kiosks().register(c, "rouen-1", "rouen");
                // two bookings of one visitor each, different visitors: one notice each
                List<UUID> bookings = Sql.list(c, """
                        SELECT min(b.id) FROM booking b JOIN booking_visitor bv ON bv.booking_id = b.id
                        WHERE (SELECT count(*) FROM booking_visitor x WHERE x.booking_id = b.id) = 1
                        GROUP BY bv.visitor_id ORDER BY 1 LIMIT 2""",
                        row -> UUID.fromString(row.getString(1)));
                String[] phones = {"+33611111111", "+33622222222"};
                for (int i = 0; i < 2; i++) {
                    Booking booking = new BookingRepository(c).find(bookings.get(i)).orElseThrow();
                    Contact contact = services.notices().contacts().save(c, booking.visitorIds().get(0),
                            ContactChannel.SMS, phones[i], "fr", services.clock().instant());
                    services.notices().cancelled(c, booking.withStatus(BookingStatus.CANCELLED_BY_CLOSURE),
                            services.clock().instant().minusSeconds(10 - i));
                    ids.add(Sql.one(c, "SELECT id FROM central_notice WHERE contact_id = ?",
                            row -> row.getString(1), contact.id()).orElseThrow());
                }
                return null;
            });
        }
        return ids;
    }

    private static String state(Path db, String noticeId) {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
             var statement = c.prepareStatement("SELECT state FROM central_notice WHERE id = ?")) {
            statement.setString(1, noticeId);
            try (ResultSet row = statement.executeQuery()) {
                return row.next() ? row.getString(1) : "(none)";
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
