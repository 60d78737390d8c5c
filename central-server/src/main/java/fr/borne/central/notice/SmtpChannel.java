package fr.borne.central.notice;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Properties;

/**
 * E-mail over SMTP (Angus Mail). Each message carries a Message-ID made from the notice's
 * id, the same on every attempt, and a {@code List-Unsubscribe} link; plain text, UTF-8.
 */
public final class SmtpChannel implements NoticeChannel {

    private static final Logger LOG = LoggerFactory.getLogger(SmtpChannel.class);

    /** Where and as whom to send; {@code user} empty for a relay that needs no login. */
    public record Settings(String host, int port, String from, Optional<String> user, Optional<String> password,
                           boolean startTls) {
    }

    private final Settings settings;
    private final Session session;

    public SmtpChannel(Settings settings) {
        this.settings = settings;
        Properties properties = new Properties();
        properties.put("mail.smtp.host", settings.host());
        properties.put("mail.smtp.port", Integer.toString(settings.port()));
        properties.put("mail.smtp.connectiontimeout", "10000");
        properties.put("mail.smtp.timeout", "20000");
        properties.put("mail.smtp.writetimeout", "20000");
        properties.put("mail.smtp.starttls.enable", Boolean.toString(settings.startTls()));
        properties.put("mail.smtp.starttls.required", Boolean.toString(settings.startTls()));
        properties.put("mail.smtp.auth", Boolean.toString(settings.user().isPresent()));
        this.session = Session.getInstance(properties);
    }

    @Override
    public ContactChannel channel() {
        return ContactChannel.EMAIL;
    }

    @Override
    public Delivery send(Outgoing message) {
        try {
            MimeMessage mime = new StableIdMessage(session, messageId(message.noticeId()));
            mime.setFrom(new InternetAddress(settings.from()));
            mime.setRecipient(jakarta.mail.Message.RecipientType.TO, new InternetAddress(message.address()));
            mime.setSubject(message.subject(), StandardCharsets.UTF_8.name());
            mime.setText(message.body(), StandardCharsets.UTF_8.name());
            if (message.unsubscribeUrl().isPresent()) {
                mime.setHeader("List-Unsubscribe", "<" + message.unsubscribeUrl().get() + ">");
                mime.setHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
            }
            if (settings.user().isPresent()) {
                Transport.send(mime, settings.user().get(), settings.password().orElse(""));
            } else {
                Transport.send(mime);
            }
            return Delivery.SENT;
        } catch (MessagingException e) {
            // no address in the log: the notice id says which
            LOG.warn("e-mail notice {} not sent: {}", message.noticeId(), e.getClass().getSimpleName());
            return Delivery.FAILED;
        }
    }

    static String messageId(String noticeId) {
        return "<" + noticeId + "@notices.borne>";
    }

    /** A message whose Message-ID is ours, so a resend is the same message to every mail store. */
    private static final class StableIdMessage extends MimeMessage {
        private final String id;

        StableIdMessage(Session session, String id) {
            super(session);
            this.id = id;
        }

        @Override
        protected void updateMessageID() throws MessagingException {
            setHeader("Message-ID", id);
        }
    }
}
