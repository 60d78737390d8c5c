package fr.borne.kiosk;

import fr.borne.device.indicator.Indicator;
import fr.borne.device.printer.ReceiptPrinter;
import fr.borne.kiosk.demo.DemoPanel;
import fr.borne.kiosk.i18n.Explanations;
import fr.borne.kiosk.i18n.FiguresInForce;
import fr.borne.kiosk.i18n.Texts;
import fr.borne.kiosk.receipt.ReceiptComposer;
import fr.borne.kiosk.receipt.ReceiptDesk;
import fr.borne.establishment.Establishment;
import fr.borne.kiosk.online.AgentLocal;
import fr.borne.kiosk.session.Session;
import fr.borne.kiosk.session.SessionBookings;
import fr.borne.kiosk.session.SessionDirectory;
import fr.borne.kiosk.session.Timeouts;
import fr.borne.kiosk.theme.Theme;
import fr.borne.kiosk.timers.Timers;
import fr.borne.kiosk.ui.KioskFrame;
import fr.borne.kiosk.ui.Navigator;
import fr.borne.kiosk.work.Background;
import fr.borne.kiosk.work.Waiting;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executor;

/**
 * The kiosk's screen, wired: words, theme, session, navigation, the frame and the journey.
 * Built on the JavaFX thread; the same wiring serves the real kiosk, the tests, the
 * screenshot tour and the benchmark.
 */
public final class KioskUi {

    private final KioskContext context;
    private final Journey journey;
    private final KioskFrame frame;
    private final Scene scene;
    private final Theme theme;
    private final Timers timers;

    private KioskUi(KioskContext context, Journey journey, KioskFrame frame, Scene scene, Theme theme, Timers timers) {
        this.context = context;
        this.journey = journey;
        this.frame = frame;
        this.scene = scene;
        this.theme = theme;
        this.timers = timers;
    }

    /**
     * @param demoBadges demo badges offered by the demo panel; empty for a real kiosk
     */
    public static KioskUi build(LocalStore store, Clock clock, ReceiptPrinter printer, Executor printing,
                                Indicator indicator, ReadOnlyBooleanProperty scannerConnected, Timeouts timeouts,
                                Timers timers, List<fr.borne.demo.DemoBadge> demoBadges, Rectangle2D size) {
        return build(store, Optional.empty(), Runnable::run, clock, printer, printing, indicator, scannerConnected,
                timeouts, timers, demoBadges, size);
    }

    /**
     * @param agent  the sync agent's local API, when an agent serves this kiosk
     * @param online where the screens' database and agent work runs, off the screen's thread
     * @param timers where the inactivity watch and technician mode take their timers
     */
    public static KioskUi build(LocalStore store, Optional<AgentLocal> agent, Executor online, Clock clock,
                                ReceiptPrinter printer, Executor printing, Indicator indicator,
                                ReadOnlyBooleanProperty scannerConnected, Timeouts timeouts, Timers timers,
                                List<fr.borne.demo.DemoBadge> demoBadges, Rectangle2D size) {
        Theme.loadFonts();
        Texts texts = new Texts();
        Theme theme = new Theme();
        Navigator navigator = new Navigator();
        Background background = new Background(online);
        Waiting waiting = new Waiting(background, timers);
        Session session = new Session(store.bookings(), background::run);
        SessionDirectory directory = new SessionDirectory(store.directory(), session);
        SessionBookings bookings = new SessionBookings(store.bookings(), session);
        Establishment here = store.establishment();
        FiguresInForce figures = new FiguresInForce(store.settings(), directory, here.id());
        ReceiptDesk receipts = new ReceiptDesk(printer, new ReceiptComposer(directory, figures), printing,
                texts::language);
        EstablishmentInQuestion where = new EstablishmentInQuestion(session, directory, here);
        Explanations explanations = new Explanations(texts, directory, where::get,
                round -> session.detaineeInQuestion().map(detainee -> round
                                .map(r -> figures.forRound(where.get().id(), detainee, r))
                                .orElseGet(() -> figures.forDetainee(where.get().id(), detainee)))
                        .orElseGet(figures::here));
        KioskContext context = new KioskContext(texts, navigator, session, bookings, directory, clock,
                here, store.timetable(), figures, receipts, explanations,
                store.centralRefusals(), agent, online, waiting);
        Journey journey = new Journey(context, theme, indicator, scannerConnected, timeouts, timers);
        KioskFrame frame = new KioskFrame(texts, theme, navigator, journey.watch(), journey::finish, waiting);
        if (!demoBadges.isEmpty()) {
            DemoPanel demo = new DemoPanel(texts, demoBadges, journey::badgeScanned, frame.root());
            frame.addExtra(demo::button);
        }
        Scene scene = new Scene(frame.root(), size.getWidth(), size.getHeight());
        theme.install(scene);
        journey.watch().watch(scene);
        journey.start();
        return new KioskUi(context, journey, frame, scene, theme, timers);
    }

    public Scene scene() {
        return scene;
    }

    public Journey journey() {
        return journey;
    }

    public KioskContext context() {
        return context;
    }

    public KioskFrame frame() {
        return frame;
    }

    public Theme theme() {
        return theme;
    }

    public Timers timers() {
        return timers;
    }
}
