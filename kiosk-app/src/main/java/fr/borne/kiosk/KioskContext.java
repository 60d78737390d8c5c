package fr.borne.kiosk;

import fr.borne.booking.BookingService;
import fr.borne.establishment.Establishment;
import fr.borne.establishment.Round;
import fr.borne.kiosk.home.CentralRefusals;
import fr.borne.kiosk.i18n.Explanations;
import fr.borne.kiosk.i18n.FiguresInForce;
import fr.borne.kiosk.online.AgentLocal;
import fr.borne.kiosk.i18n.Texts;
import fr.borne.kiosk.receipt.ReceiptDesk;
import fr.borne.kiosk.session.Session;
import fr.borne.kiosk.ui.Navigator;
import fr.borne.kiosk.work.Waiting;
import fr.borne.visitor.VisitorDirectory;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executor;

/**
 * What the screens work with: the booking core, the receipt printer, the visitor's
 * session, the navigation and the words. Built once by {@link KioskMain}.
 *
 * @param establishment    the establishment this kiosk serves (T5)
 * @param timetable        its rounds, to show visiting hours
 * @param figures          the figures of the rules (convocation lead, cut-offs…) in force, read when shown
 * @param agent            the sync agent's local API, for the questions that must be online
 * @param online           where online questions run, off the screen's thread
 * @param waiting          how the screens' controllers ask the database and the agent without blocking the screen
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
        FiguresInForce figures,
        ReceiptDesk receipts,
        Explanations explanations,
        CentralRefusals centralRefusals,
        Optional<AgentLocal> agent,
        Executor online,
        Waiting waiting) {

    public KioskContext {
        timetable = List.copyOf(timetable);
    }
}
