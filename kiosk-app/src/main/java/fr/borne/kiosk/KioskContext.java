package fr.borne.kiosk;

import fr.borne.booking.BookingService;
import fr.borne.establishment.Establishment;
import fr.borne.establishment.Round;
import fr.borne.kiosk.i18n.Explanations;
import fr.borne.kiosk.i18n.Texts;
import fr.borne.kiosk.receipt.ReceiptDesk;
import fr.borne.kiosk.session.Session;
import fr.borne.kiosk.ui.Navigator;
import fr.borne.visitor.VisitorDirectory;

import java.time.Clock;
import java.time.Duration;
import java.util.List;

/**
 * What the screens work with: the booking core, the receipt printer, the visitor's
 * session, the navigation and the words. Built once by {@link KioskMain}.
 *
 * @param establishment    the establishment this kiosk serves (T5)
 * @param timetable        its rounds, to show visiting hours
 * @param convocationLead  how long before a round visitors must be there (T1)
 */
public record KioskContext(
        Texts texts,
        Navigator navigator,
        Session session,
        BookingService bookings,
        VisitorDirectory directory,
        Clock clock,
        Establishment establishment,
        List<Round> timetable,
        Duration convocationLead,
        ReceiptDesk receipts,
        Explanations explanations) {

    public KioskContext {
        timetable = List.copyOf(timetable);
    }
}
