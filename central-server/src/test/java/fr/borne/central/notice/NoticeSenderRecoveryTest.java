package fr.borne.central.notice;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import fr.borne.booking.Booking;
import fr.borne.booking.BookingStatus;
import fr.borne.store.BookingRepository;
import fr.borne.store.Sql;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What central does at start with notices it was sending when it stopped (between "sent"
 * and "marked sent"): an e-mail goes again under the same Message-ID, which mail stores and
 * clients fold into one; an SMS is not sent again (SMPP has no such key).
 */
class NoticeSenderRecoveryTest {

    @RegisterExtension
    static final GreenMailExtension MAIL = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    @TempDir
    Path dir;
    StaffCentral central;
    UUID booking;

    @BeforeEach
    void start() {
        central = new StaffCentral(dir);
        booking = central.book("rouen-1", "v-1001", "d-2001", "rouen-thu-0915", LocalDate.of(2026, 12, 3));
        central.database.write(c -> {
            var notices = central.services.notices();
            Booking made = new BookingRepository(c).find(booking).orElseThrow();
            notices.contacts().save(c, "v-1001", ContactChannel.EMAIL, "sophie@example.org", "en", central.clock.instant());
            notices.contacts().save(c, "v-1001", ContactChannel.SMS, "+33612345678", "en", central.clock.instant());
            notices.cancelled(c, made.withStatus(BookingStatus.CANCELLED_BY_CLOSURE), central.clock.instant());
            return null;
        });
    }

    @AfterEach
    void stop() {
        central.close();
    }

    private NoticeSender mailSender() {
        return new NoticeSender(central.database, central.clock, List.of(new SmtpChannel(new SmtpChannel.Settings(
                "127.0.0.1", MAIL.getSmtp().getPort(), "parloirs@borne.test", Optional.empty(), Optional.empty(),
                false))), 60, StaffCentral.UNSUBSCRIBE);
    }

    @Test
    void T4_an_e_mail_in_flight_at_a_stop_goes_again_under_its_Message_ID_and_an_SMS_does_not() throws Exception {
        assertThat(mailSender().drain()).isEqualTo(1);
        // central stopped after the mail server took it, before the mark: the row is still claimed
        central.database.write(c -> Sql.update(c, "UPDATE central_notice SET state = 'SENDING'"));

        NoticeSender restarted = mailSender();
        assertThat(restarted.recover()).isEqualTo(2);
        assertThat(states()).containsExactlyInAnyOrder("PENDING", "UNCERTAIN");
        assertThat(restarted.drain()).isEqualTo(1);

        var received = MAIL.getReceivedMessages();
        assertThat(received).hasSize(2);
        assertThat(received[1].getMessageID()).isEqualTo(received[0].getMessageID())
                .isEqualTo(SmtpChannel.messageId("cancellation." + booking + "." + contactId("EMAIL")));
        assertThat(received[0].getSubject()).isEqualTo("Visit cancelled on Thursday 3 December");
        assertThat(states()).containsExactlyInAnyOrder("SENT", "UNCERTAIN");
    }

    @Test
    void T4_a_mail_server_that_refuses_is_tried_again_later_then_parked() {
        NoticeSender nowhere = new NoticeSender(central.database, central.clock, List.of(new SmtpChannel(
                new SmtpChannel.Settings("127.0.0.1", 1, "parloirs@borne.test", Optional.empty(), Optional.empty(),
                        false))), 600, StaffCentral.UNSUBSCRIBE);

        for (int attempt = 1; attempt <= NoticeSender.MAX_ATTEMPTS; attempt++) {
            assertThat(nowhere.drain()).isZero();
            assertThat(nowhere.drain()).as("not again before its delay").isZero();
            central.clock.advance(NoticeSender.LAST_RETRY.plus(Duration.ofSeconds(1)));
        }
        assertThat(states()).contains("PARKED");
    }

    private List<String> states() {
        return central.database.read(c -> Sql.list(c, "SELECT state FROM central_notice", row -> row.getString(1)));
    }

    private String contactId(String channel) {
        return central.database.read(c -> Sql.one(c, "SELECT id FROM central_contact WHERE channel = ?",
                row -> row.getString(1), channel).orElseThrow());
    }
}
