package fr.borne.central.notice;

import fr.borne.booking.BookingStatus;

import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The words of a notice in the visitor's language: short, with the date, the convocation
 * time, the establishment and the booking's reference; never the detainee's name.
 */
public final class NoticeTexts {

    static final String BUNDLE = "fr.borne.central.notice.notices";

    /** What a notice speaks of. */
    public record Facts(LocalDate date, LocalTime convocation, String establishment, String reference) {
    }

    public record Text(String subject, String body) {
    }

    public Text render(String language, NoticeKind kind, BookingStatus status, ContactChannel channel, Facts facts,
                       String unsubscribeUrl) {
        Locale locale = Locale.forLanguageTag(language);
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale, ResourceBundle.Control.getNoFallbackControl(
                ResourceBundle.Control.FORMAT_PROPERTIES));
        String key = kind == NoticeKind.CANCELLATION ? status.name() : kind.name();
        String date = DateTimeFormatter.ofPattern("EEEE d MMMM", locale).format(facts.date());
        String time = DateTimeFormatter.ofPattern("HH:mm", locale).format(facts.convocation());
        Object[] args = {date, time, facts.establishment(), facts.reference()};
        String text = new MessageFormat(bundle.getString("notice." + key), locale).format(args);
        String subject = new MessageFormat(bundle.getString("subject." + key), locale).format(args);
        if (channel == ContactChannel.SMS) {
            return new Text(subject, text + " " + bundle.getString("sms.stop"));
        }
        String footer = new MessageFormat(bundle.getString("mail.unsubscribe"), locale).format(new Object[] {unsubscribeUrl});
        return new Text(subject, text + "\n\n" + footer + "\n");
    }
}
