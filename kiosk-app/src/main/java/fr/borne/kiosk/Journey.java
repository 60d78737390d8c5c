package fr.borne.kiosk;

import fr.borne.device.indicator.Beep;
import fr.borne.device.indicator.Indicator;
import fr.borne.device.indicator.Light;
import fr.borne.kiosk.attract.AttractScreen;
import fr.borne.kiosk.attract.BadgeProblemScreen;
import fr.borne.kiosk.home.HomeScreen;
import fr.borne.kiosk.i18n.Language;
import fr.borne.kiosk.session.InactivityWatch;
import fr.borne.kiosk.session.Timeouts;
import fr.borne.kiosk.theme.Theme;
import fr.borne.kiosk.ui.MessageScreen;
import fr.borne.visitor.BadgeLookup;
import javafx.beans.property.ReadOnlyBooleanProperty;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where a visitor's session starts and ends: a scan starts one (on any screen), "Finished"
 * or the inactivity timeout ends it, clearing every personal detail from the screen,
 * giving back any held seat and returning to French.
 */
public final class Journey {

    private static final Logger LOG = LoggerFactory.getLogger(Journey.class);

    private final KioskContext ctx;
    private final Theme theme;
    private final Indicator indicator;
    private final ReadOnlyBooleanProperty scannerConnected;
    private final InactivityWatch watch;

    public Journey(KioskContext ctx, Theme theme, Indicator indicator, ReadOnlyBooleanProperty scannerConnected,
                   Timeouts timeouts) {
        this.ctx = ctx;
        this.theme = theme;
        this.indicator = indicator;
        this.scannerConnected = scannerConnected;
        this.watch = new InactivityWatch(timeouts, this::finish);
        scannerConnected.addListener((o, was, now) -> scannerChanged(now));
    }

    public InactivityWatch watch() {
        return watch;
    }

    public KioskContext context() {
        return ctx;
    }

    /** Shows the attract screen, as at start-up. */
    public void start() {
        ctx.navigator().startOver(new AttractScreen(ctx, scannerConnected));
        indicator.light(scannerConnected.get() ? Light.READY : Light.OUT_OF_SERVICE);
    }

    /** A badge was scanned: whatever was on screen, a new session begins for it. */
    public void badgeScanned(String code) {
        watch.stop();
        ctx.session().clear();
        BadgeLookup lookup = ctx.directory().identify(code);
        if (lookup instanceof BadgeLookup.Known known) {
            ctx.session().begin(known.visitor());
            LOG.info("session started for visitor {}", known.visitor().id());
            indicator.beep(Beep.SHORT);
            indicator.light(Light.READY);
            ctx.navigator().startOver(new HomeScreen(ctx, this));
            watch.restart();
        } else {
            boolean revoked = lookup instanceof BadgeLookup.Revoked;
            LOG.info("badge refused: {}", revoked ? "revoked" : "unknown");
            indicator.beep(Beep.ERROR);
            indicator.light(Light.ERROR);
            ctx.navigator().startOver(new BadgeProblemScreen(ctx, this, revoked));
        }
    }

    /** Something was read that is not a badge. */
    public void scanRejected() {
        indicator.beep(Beep.ERROR);
    }

    /** The visitor's home screen, with the history reset to it. */
    public void home() {
        ctx.session().releaseHold();
        ctx.navigator().startOver(new HomeScreen(ctx, this));
    }

    /** Ends the session: nothing personal stays on screen, held seats go back, French again. */
    public void finish() {
        boolean hadVisitor = ctx.session().active();
        watch.stop();
        ctx.session().clear();
        // leave the personal screens first: switching back the language and theme re-renders the current screen
        start();
        theme.reset();
        ctx.texts().use(Language.DEFAULT);
        if (hadVisitor) {
            LOG.info("session ended");
        }
    }

    /** An unexpected fault: the visitor is told to see the reception; confirmed bookings are already stored. */
    public void trouble(Throwable fault) {
        LOG.error("unexpected fault, showing the trouble screen", fault);
        ctx.session().releaseHold();
        indicator.light(Light.ERROR);
        ctx.navigator().startOver(new MessageScreen(ctx, "trouble.title", "trouble.headline",
                java.util.List.of("trouble.body"), this::finish, "nav.finished"));
    }

    private void scannerChanged(boolean connected) {
        indicator.light(connected ? Light.READY : Light.OUT_OF_SERVICE);
        if (ctx.navigator().current() instanceof AttractScreen) {
            ctx.navigator().refresh();
        }
    }
}
