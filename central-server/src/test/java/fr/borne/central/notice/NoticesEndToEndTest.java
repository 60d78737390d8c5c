package fr.borne.central.notice;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import fr.borne.booking.BookingStatus;
import fr.borne.testsupport.Eventually;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * T4, B12, B14: notices by SMS and e-mail, against a real SMTP server (GreenMail) and an
 * SMPP server (jSMPP's server side) on loopback, from a central over mutual TLS.
 */
class NoticesEndToEndTest {

    @RegisterExtension
    static final GreenMailExtension MAIL = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    static final LocalDate THU_3_DEC = LocalDate.of(2026, 12, 3);
    static final String PHONE = "+33612345678";

    @TempDir
    Path dir;
    TestSmsc smsc;
    StaffCentral central;

    @BeforeEach
    void start() throws Exception {
        smsc = new TestSmsc();
        central = new StaffCentral(dir);
        SmppChannel sms = new SmppChannel(new SmppChannel.Settings("127.0.0.1", smsc.port(), "borne", "secret",
                "33600000000", Duration.ofSeconds(10)),
                phone -> central.database.write(c -> central.services.notices().contacts().stopPhone(c, phone)));
        SmtpChannel mail = new SmtpChannel(new SmtpChannel.Settings("127.0.0.1", MAIL.getSmtp().getPort(),
                "parloirs@borne.test", java.util.Optional.empty(), java.util.Optional.empty(), false));
        central.sending(List.of(sms, mail), 600);
    }

    @AfterEach
    void stop() throws Exception {
        central.close();
        smsc.close();
    }

    private UUID bookAtRouenWithContacts() {
        UUID booking = central.book("rouen-1", "v-1001", "d-2001", "rouen-thu-0915", THU_3_DEC);
        assertThat(contact("rouen-1", "v-1001", booking, "SMS", "06 12 34 56 78", "fr").status()).isEqualTo(204);
        assertThat(contact("rouen-1", "v-1001", booking, "EMAIL", "sophie@example.org", "ar").status()).isEqualTo(204);
        return booking;
    }

    private StaffCentral.Answer contact(String kiosk, String visitor, UUID booking, String channel, String address,
                                        String language) {
        return central.call(kiosk, "POST", "/v1/contacts", Map.of("visitorId", visitor, "bookingId", booking.toString(),
                "channel", channel, "address", address, "language", language));
    }

    @Test
    void T4_B12_a_Rouen_booking_is_confirmed_by_SMS_and_a_closure_is_told_by_SMS_and_e_mail_within_seconds()
            throws Exception {
        UUID booking = bookAtRouenWithContacts();

        Eventually.await("the SMSC received the confirmation", () -> smsc.received().size() == 1);
        TestSmsc.Received confirmation = smsc.received().get(0);
        assertThat(confirmation.destination()).isEqualTo("33612345678");
        // T1: the convocation time, 30 minutes before the 09:15 round; no detainee's name in an SMS
        assertThat(confirmation.text()).contains("Parloir réservé", "jeudi 3 décembre", "08:45", "Rouen", "STOP")
                .doesNotContain("Julien", "Marchand", "R240101");
        Eventually.await("the e-mail confirmation arrived", () -> MAIL.getReceivedMessages().length == 1);

        long closedAt = System.nanoTime();
        var closure = central.call("admin", "POST", "/v1/admin/closures",
                Map.of("establishmentId", "rouen", "date", "2026-12-03", "reason", "incident"));
        assertThat(closure.status()).isEqualTo(204);

        Eventually.await("the SMSC received the cancellation", Duration.ofSeconds(10),
                () -> smsc.received().size() == 2);
        Eventually.await("the mail server received the cancellation", Duration.ofSeconds(10),
                () -> MAIL.getReceivedMessages().length == 2);
        System.out.printf("closure to SMS and e-mail notices: %d ms%n", (System.nanoTime() - closedAt) / 1_000_000);
        assertThat(central.status(booking)).isEqualTo(BookingStatus.CANCELLED_BY_CLOSURE);
        assertThat(smsc.received().get(1).text()).contains("annulé", "fermé", "jeudi 3 décembre")
                .doesNotContain("Julien");

        MimeMessage cancelled = MAIL.getReceivedMessages()[1];
        assertThat(cancelled.getAllRecipients()[0].toString()).isEqualTo("sophie@example.org");
        assertThat(cancelled.getSubject()).startsWith("أُلغيت الزيارة");
        String body = ((String) cancelled.getContent());
        assertThat(body).contains("أُلغيت زيارتك", "Maison d'arrêt de Rouen", StaffCentral.UNSUBSCRIBE);
        assertThat(cancelled.getMessageID()).startsWith("<cancellation." + booking);
        assertThat(cancelled.getHeader("List-Unsubscribe")[0]).startsWith("<" + StaffCentral.UNSUBSCRIBE);
        // the Rouen kiosks learn it too, so the visitor is told why at the next scan
        assertThat(central.feedBodies("rouen", "booking")).anyMatch(b -> b.contains(booking.toString())
                && b.contains("CANCELLED_BY_CLOSURE"));
    }

    @Test
    void B14_a_transfer_and_a_release_are_told_at_once_in_the_visitor_s_words() {
        bookAtRouenWithContacts();
        Eventually.await("confirmations sent", () -> smsc.received().size() == 1 && MAIL.getReceivedMessages().length == 1);

        central.call("admin", "POST", "/v1/admin/detainees/d-2001/transfer",
                Map.of("toEstablishmentId", "dijon", "date", "2026-11-23"));

        Eventually.await("the transfer notices", Duration.ofSeconds(10),
                () -> smsc.received().size() == 2 && MAIL.getReceivedMessages().length == 2);
        assertThat(smsc.received().get(1).text()).contains("transférée", "nouvel établissement");
    }

    @Test
    void T4_the_reminder_leaves_the_day_before_with_the_convocation_time_and_not_for_a_cancelled_visit() {
        bookAtRouenWithContacts();
        Eventually.await("confirmation", () -> smsc.received().size() == 1);

        central.clock.set(LocalDate.of(2026, 12, 2).atTime(9, 59).atZone(StaffCentral.PARIS).toInstant());
        central.sender.drain();
        assertThat(smsc.received()).hasSize(1);
        central.clock.advance(Duration.ofMinutes(1));

        Eventually.await("the reminder", () -> smsc.received().size() == 2);
        assertThat(smsc.received().get(1).text()).contains("Rappel", "demain", "08:45");
    }

    @Test
    void T4_STOP_by_SMS_and_the_e_mail_s_link_delete_the_contact_and_nothing_more_is_sent() throws Exception {
        UUID booking = bookAtRouenWithContacts();
        Eventually.await("confirmations sent", () -> smsc.received().size() == 1 && MAIL.getReceivedMessages().length == 1);
        Eventually.await("bound to the SMSC", smsc::bound);

        smsc.fromPhone(PHONE, "stop");
        Eventually.await("the SMS contact is gone", () -> central.contacts() == 1);

        String body = (String) MAIL.getReceivedMessages()[0].getContent();
        Matcher link = Pattern.compile(Pattern.quote(StaffCentral.UNSUBSCRIBE) + "([A-Za-z0-9_-]+)").matcher(body);
        assertThat(link.find()).isTrue();
        String path = "/v1/unsubscribe/" + link.group(1);
        var page = central.call("admin", "GET", path, null);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("dir=\"rtl\"", "<form method=\"post\"");
        assertThat(central.contacts()).as("a GET (a mail scanner) deletes nothing").isEqualTo(1);
        var done = central.call("admin", "POST", path, null);
        assertThat(done.status()).isEqualTo(200);
        assertThat(central.contacts()).isZero();
        assertThat(central.call("admin", "POST", path, null).status()).isEqualTo(404);

        central.call("admin", "POST", "/v1/admin/closures", Map.of("establishmentId", "rouen", "date", "2026-12-03"));
        assertThat(central.status(booking)).isEqualTo(BookingStatus.CANCELLED_BY_CLOSURE);
        central.sender.drain();
        assertThat(smsc.received()).hasSize(1);
        assertThat(MAIL.getReceivedMessages()).hasSize(1);
    }

    @Test
    void T4_the_contact_is_deleted_after_the_last_booked_visit() {
        bookAtRouenWithContacts();
        Eventually.await("confirmations sent", () -> smsc.received().size() == 1 && MAIL.getReceivedMessages().length == 1);
        Eventually.await("the reminders are queued", () -> central.noticeStates().contains("PENDING"));
        assertThat(central.contacts()).isEqualTo(2);

        central.clock.set(LocalDate.of(2026, 12, 4).atTime(8, 0).atZone(StaffCentral.PARIS).toInstant());

        Eventually.await("the contacts are deleted once the visit is past", () -> central.contacts() == 0);
        assertThat(central.noticeStates()).isEmpty();
    }

    @Test
    void T4_a_contact_that_is_not_one_or_out_of_reach_is_refused() {
        UUID booking = central.book("rouen-1", "v-1001", "d-2001", "rouen-thu-0915", THU_3_DEC);

        assertThat(contact("rouen-1", "v-1001", booking, "SMS", "12", "fr").status()).isEqualTo(422);
        assertThat(contact("rouen-1", "v-1001", booking, "EMAIL", "not an address", "fr").status()).isEqualTo(422);
        assertThat(contact("rouen-1", "v-1001", booking, "SMS", "0612345678", "de").status()).isEqualTo(422);
        assertThat(contact("rouen-1", "v-1003", booking, "SMS", "0612345678", "fr").status()).isEqualTo(422);
        assertThat(contact("rouen-1", "v-nobody", UUID.randomUUID(), "SMS", "0612345678", "fr").status()).isEqualTo(404);
        assertThat(contact("dijon-1", "v-1001", booking, "SMS", "0612345678", "fr").status()).isEqualTo(403);
        assertThat(contact("dijon-1", "v-1001", UUID.randomUUID(), "SMS", "0612345678", "fr").status()).isEqualTo(403);
        assertThat(central.call("rouen-1", "POST", "/v1/contacts", "{\"visitorId\":\"v-1001\"}").status()).isEqualTo(400);
        assertThat(central.contacts()).isZero();
    }

    @Test
    void T4_a_contact_left_for_a_booking_still_in_the_kiosk_s_outbox_gets_its_confirmation_when_it_arrives() {
        UUID pending = UUID.randomUUID();
        assertThat(contact("rouen-1", "v-1001", pending, "SMS", "0612345678", "fr").status()).isEqualTo(204);
        central.sender.drain();
        assertThat(smsc.received()).isEmpty();

        central.book("rouen-1", "v-1001", "d-2001", "rouen-thu-0915", THU_3_DEC);

        Eventually.await("the confirmation once the booking arrived", () -> smsc.received().size() == 1);
        assertThat(smsc.received().get(0).text()).contains("Parloir réservé");
    }

    @Test
    void T4_notices_leave_at_the_channel_s_rate() {
        SendRateCheck.check(central.clock);
        assertThat(Arrays.asList(MAIL.getReceivedMessages())).isEmpty();
    }
}
