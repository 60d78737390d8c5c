package fr.borne.kiosk;

import fr.borne.device.indicator.Indicator;
import fr.borne.device.printer.ReceiptPrinter;
import fr.borne.kiosk.demo.DemoPanel;
import fr.borne.kiosk.i18n.Explanations;
import fr.borne.kiosk.i18n.Texts;
import fr.borne.kiosk.receipt.ReceiptComposer;
import fr.borne.kiosk.receipt.ReceiptDesk;
import fr.borne.kiosk.session.Session;
import fr.borne.kiosk.session.Timeouts;
import fr.borne.kiosk.theme.Theme;
import fr.borne.kiosk.ui.KioskFrame;
import fr.borne.kiosk.ui.Navigator;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;

import java.time.Clock;
import java.util.List;
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

    private KioskUi(KioskContext context, Journey journey, KioskFrame frame, Scene scene, Theme theme) {
        this.context = context;
        this.journey = journey;
        this.frame = frame;
        this.scene = scene;
        this.theme = theme;
    }

    /**
     * @param demoBadges demo badges offered by the demo panel; empty for a real kiosk
     */
    public static KioskUi build(LocalStore store, Clock clock, ReceiptPrinter printer, Executor printing,
                                Indicator indicator, ReadOnlyBooleanProperty scannerConnected, Timeouts timeouts,
                                List<fr.borne.demo.DemoBadge> demoBadges, Rectangle2D size) {
        Theme.loadFonts();
        Texts texts = new Texts();
        Theme theme = new Theme();
        Navigator navigator = new Navigator();
        Session session = new Session(store.bookings());
        ReceiptDesk receipts = new ReceiptDesk(printer,
                new ReceiptComposer(store.directory(), store.settings().convocationLead()), printing);
        KioskContext context = new KioskContext(texts, navigator, session, store.bookings(), store.directory(), clock,
                store.establishment(), store.timetable(), store.settings().convocationLead(), receipts,
                new Explanations(texts, store.directory(), store.establishment()));
        Journey journey = new Journey(context, theme, indicator, scannerConnected, timeouts);
        KioskFrame frame = new KioskFrame(texts, theme, navigator, journey.watch(), journey::finish);
        if (!demoBadges.isEmpty()) {
            DemoPanel demo = new DemoPanel(texts, demoBadges, journey::badgeScanned, frame.root());
            frame.addExtra(demo::button);
        }
        Scene scene = new Scene(frame.root(), size.getWidth(), size.getHeight());
        theme.install(scene);
        journey.watch().watch(scene);
        journey.start();
        return new KioskUi(context, journey, frame, scene, theme);
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
}
