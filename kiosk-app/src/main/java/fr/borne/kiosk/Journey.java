package fr.borne.kiosk;

import fr.borne.device.indicator.Beep;
import fr.borne.device.indicator.Indicator;
import fr.borne.device.indicator.Light;
import fr.borne.kiosk.attract.AttractScreen;
import fr.borne.kiosk.attract.BadgeProblemScreen;
import fr.borne.kiosk.attract.LookingUpScreen;
import fr.borne.kiosk.home.HomeScreen;
import fr.borne.kiosk.i18n.Language;
import fr.borne.kiosk.online.AgentLocal;
import fr.borne.kiosk.online.Online;
import fr.borne.kiosk.remote.RemoteVisit;
import fr.borne.kiosk.session.InactivityWatch;
import fr.borne.kiosk.session.Timeouts;
import fr.borne.kiosk.theme.Theme;
import fr.borne.kiosk.timers.Timers;
import fr.borne.kiosk.ui.MessageScreen;
import fr.borne.sync.local.BadgeState;
import fr.borne.sync.local.RemoteVisitor;
import fr.borne.visitor.BadgeCode;
import fr.borne.visitor.BadgeLookup;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.concurrent.CompletableFuture;

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
    /** Counts scans, so a late answer from central for an earlier scan is dropped. */
    private long scans;
    private final ReadOnlyBooleanWrapper outOfService = new ReadOnlyBooleanWrapper(false);
    private ScansFirst scansFirst = ScansFirst.NONE;

    public Journey(KioskContext ctx, Theme theme, Indicator indicator, ReadOnlyBooleanProperty scannerConnected,
                   Timeouts timeouts, Timers timers) {
        this.ctx = ctx;
        this.theme = theme;
        this.indicator = indicator;
        this.scannerConnected = scannerConnected;
        this.watch = new InactivityWatch(timeouts, timers, this::finish);
        scannerConnected.addListener((o, was, now) -> scannerChanged(now));
        ctx.waiting().onTrouble(this::trouble);
    }

    public InactivityWatch watch() {
        return watch;
    }

    public KioskContext context() {
        return ctx;
    }

    /** Shows the attract screen, as at start-up. */
    public void start() {
        ctx.navigator().startOver(new AttractScreen(ctx, scannerConnected, outOfService.getReadOnlyProperty()));
        indicator.light(scannerConnected.get() && !outOfService.get() ? Light.READY : Light.OUT_OF_SERVICE);
    }

    /** Scans handled before any visitor's (a technician's badge, and every scan in technician mode). */
    public void takeScansFirst(ScansFirst handler) {
        this.scansFirst = handler;
    }

    /** Whether the kiosk is out of service now, as the technician's switch last read or set it. */
    public boolean outOfService() {
        return outOfService.get();
    }

    /** A technician's switch: out of service, the attract screen says so, the light shows it, badges are refused. */
    public void outOfService(boolean out) {
        if (outOfService.get() == out) {
            return;
        }
        outOfService.set(out);
        if (ctx.navigator().current() instanceof AttractScreen) {
            start();
        }
    }

    /** A badge was scanned: whatever was on screen, a new session begins for it. */
    public void badgeScanned(String code) {
        watch.stop();
        clearSession();
        if (scansFirst.takesAtOnce(code)) {
            return;
        }
        long scan = ++scans;
        boolean out = outOfService.get();
        // the replica is read off the screen's thread, as every screen's data is: first whether the badge is
        // a technician's, then (in service) whose it is
        ctx.waiting().ask(() -> scansFirst.claims(code) ? Scanned.CLAIMED
                : out ? Scanned.OUT_OF_SERVICE : ctx.directory().identify(code), scanned -> {
            if (scan != scans) {
                return;
            }
            if (scanned == Scanned.CLAIMED) {
                scansFirst.take(code);
                return;
            }
            scansFirst.notClaimed();
            if (scanned instanceof BadgeLookup lookup) {
                identified(scan, code, lookup);
            } else {
                indicator.beep(Beep.ERROR);
                start();
            }
        });
    }

    /** A scan that was not looked up: claimed first (a technician's badge), or refused (out of service). */
    private enum Scanned {
        CLAIMED, OUT_OF_SERVICE
    }

    private void identified(long scan, String code, BadgeLookup lookup) {
        if (lookup instanceof BadgeLookup.Known known) {
            ctx.session().begin(known.visitor());
            LOG.info("session started for visitor {}", known.visitor().id());
            welcome();
        } else if (lookup instanceof BadgeLookup.Unknown && ctx.agent().isPresent()) {
            // B11: perhaps a visitor of another establishment; central is asked off the screen's thread
            AgentLocal agent = ctx.agent().get();
            String hash = BadgeCode.hash(code);
            ctx.navigator().startOver(new LookingUpScreen(ctx));
            CompletableFuture.supplyAsync(() -> agent.badge(hash), ctx.online())
                    .exceptionally(fault -> new Online.Offline<>())
                    .thenAccept(answer -> Platform.runLater(() -> {
                        if (scan == scans) {
                            centralAnswered(answer, agent);
                        }
                    }));
        } else {
            refuse(lookup instanceof BadgeLookup.Revoked, false);
        }
    }

    private void centralAnswered(Online<RemoteVisitor> answer, AgentLocal agent) {
        if (answer instanceof Online.Answered<RemoteVisitor> answered && answered.body().badge() == BadgeState.KNOWN
                && answered.body().visitor() != null) {
            ctx.session().beginRemote(RemoteVisit.of(answered.body(), agent, ctx.clock()));
            // nothing that names the visitor: what central said lives in the session only
            LOG.info("session started for a visitor of another establishment");
            welcome();
        } else if (answer instanceof Online.Answered<RemoteVisitor> answered) {
            refuse(answered.body().badge() == BadgeState.REVOKED, false);
        } else {
            refuse(false, true);
        }
    }

    private void welcome() {
        indicator.beep(Beep.SHORT);
        indicator.light(Light.READY);
        HomeScreen.open(ctx, this);
        watch.restart();
    }

    private void refuse(boolean revoked, boolean centralUnreachable) {
        LOG.info("badge refused: {}", revoked ? "revoked" : centralUnreachable ? "unknown here, central not reached" : "unknown");
        indicator.beep(Beep.ERROR);
        indicator.light(Light.ERROR);
        ctx.waiting().ask(() -> BadgeProblemScreen.Model.load(ctx, revoked, centralUnreachable),
                model -> ctx.navigator().startOver(new BadgeProblemScreen(ctx, this, model)));
    }

    /** Something was read that is not a badge. */
    public void scanRejected() {
        indicator.beep(Beep.ERROR);
    }

    /** The visitor's home screen, with the history reset to it. */
    public void home() {
        ctx.session().releaseHold();
        HomeScreen.open(ctx, this);
    }

    /** Ends the session: nothing personal stays on screen, held seats go back, French again. */
    public void finish() {
        boolean hadVisitor = ctx.session().active();
        scans++;
        watch.stop();
        clearSession();
        // leave the personal screens first: switching back the language and theme re-renders the current screen
        start();
        theme.reset();
        ctx.texts().use(Language.DEFAULT);
        if (hadVisitor) {
            LOG.info("session ended");
        }
    }

    /** Clears the session; a visitor of another establishment's session is closed at central too. */
    private void clearSession() {
        boolean remoteVisitor = ctx.session().remote().isPresent();
        // what the screen was still waiting to hear is not for the next visitor
        ctx.waiting().forget();
        ctx.session().clear();
        if (remoteVisitor) {
            endRemoteSession();
        }
    }

    /**
     * B11: the visitor of another establishment has gone; the agent has central close their
     * session, off the screen's thread. A failure is only logged: central ends the session at
     * the next badge look-up or after a few minutes unused anyway.
     */
    private void endRemoteSession() {
        ctx.agent().ifPresent(agent -> CompletableFuture.supplyAsync(agent::endRemoteSession, ctx.online())
                .whenComplete((answer, fault) -> {
                    if (fault != null) {
                        LOG.warn("remote visitor session not closed at central: {}", fault.getClass().getSimpleName());
                    } else if (!(answer instanceof Online.Answered<Void>)) {
                        LOG.info("remote visitor session not closed at central now ({}); it lapses by itself",
                                answer.getClass().getSimpleName());
                    }
                }));
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
        indicator.light(connected && !outOfService.get() ? Light.READY : Light.OUT_OF_SERVICE);
        if (ctx.navigator().current() instanceof AttractScreen) {
            ctx.navigator().refresh();
        }
    }
}
