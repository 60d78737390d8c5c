package fr.borne.kiosk.technician;

import fr.borne.device.indicator.Beep;
import fr.borne.device.indicator.Light;
import fr.borne.kiosk.Journey;
import fr.borne.kiosk.KioskContext;
import fr.borne.kiosk.KioskUi;
import fr.borne.kiosk.i18n.Language;
import fr.borne.kiosk.theme.Theme;
import fr.borne.kiosk.timers.Timers;
import fr.borne.kiosk.ui.Screen;
import fr.borne.technician.AccessResult;
import fr.borne.technician.ServiceState;
import fr.borne.technician.TechnicianAction;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.TouchEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Technician mode on the kiosk. A technician's badge, scanned on any screen, ends the
 * visitor's session and asks for the PIN on an on-screen keypad; only a badge and its PIN
 * open the technician screens. The mode leaves by itself after {@link Settings#idle()}
 * without a touch, or by its "leave" button. Meanwhile every scan is a scanner test. It also
 * reads the out-of-service switch from the database at start and every
 * {@link Settings#poll()}, so the switch survives restarts and follows {@code borne-ctl}.
 * Runs on the JavaFX thread; the slow PIN check and printing run on {@code background}.
 */
public final class TechnicianMode {

    private static final Logger LOG = LoggerFactory.getLogger(TechnicianMode.class);

    /**
     * @param idle how long technician mode (the keypad included) stays without a touch
     * @param poll how often the out-of-service switch is read, and live screens refreshed
     */
    public record Settings(java.time.Duration idle, java.time.Duration poll) {

        public static final Settings DEFAULT = new Settings(java.time.Duration.ofMinutes(2), java.time.Duration.ofSeconds(5));

        public Settings {
            Objects.requireNonNull(idle, "idle");
            Objects.requireNonNull(poll, "poll");
        }
    }

    private final KioskContext ctx;
    private final Journey journey;
    private final Theme theme;
    private final TechnicianServices services;
    private final DeviceBench devices;
    private final Executor background;
    private final ScanLog scans = new ScanLog();
    private final Timers timers;
    private final Settings settings;
    private Timers.Timer idle;
    private Timers.Timer poll;
    /** The badge waiting for its PIN: kept in memory only while the keypad shows, never shown or logged. */
    private String pendingBadge;
    private String technicianId;

    private TechnicianMode(KioskUi ui, TechnicianServices services, DeviceBench devices, Executor background,
                           Settings settings) {
        this.ctx = ui.context();
        this.journey = ui.journey();
        this.theme = ui.theme();
        this.services = services;
        this.devices = devices;
        this.background = background;
        this.timers = ui.timers();
        this.settings = settings;
    }

    /** Wires technician mode into a built kiosk screen; call on the JavaFX thread. */
    public static TechnicianMode install(KioskUi ui, TechnicianServices services, DeviceBench devices,
                                         Executor background, Settings settings) {
        TechnicianMode mode = new TechnicianMode(ui, services, devices, background, settings);
        ui.journey().takeScansFirst(mode.new Scans());
        Scene scene = ui.scene();
        scene.getStylesheets().add(Objects.requireNonNull(
                TechnicianMode.class.getResource("technician-mode.css")).toExternalForm());
        scene.addEventFilter(MouseEvent.MOUSE_PRESSED, e -> mode.touched());
        scene.addEventFilter(TouchEvent.TOUCH_PRESSED, e -> mode.touched());
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> mode.touched());
        mode.poll();
        mode.poll = mode.timers.every(settings.poll(), mode::poll);
        return mode;
    }

    /** Whether a technician has signed in with badge and PIN and not left. */
    public boolean signedIn() {
        return technicianId != null;
    }

    /** Whether the keypad or a technician screen is shown. */
    public boolean active() {
        return signedIn() || pendingBadge != null;
    }

    public Optional<String> technicianId() {
        return Optional.ofNullable(technicianId);
    }

    /** Stops reading the out-of-service switch and watching for inactivity (the app is closing). */
    public void stop() {
        poll.cancel();
        stopIdle();
    }

    /** Leaves technician mode (the "leave" button), back to the attract screen. */
    public void leave() {
        leave(false);
    }

    boolean outOfService() {
        return journey.outOfService();
    }

    KioskContext context() {
        return ctx;
    }

    TechnicianServices services() {
        return services;
    }

    DeviceBench devices() {
        return devices;
    }

    Executor background() {
        return background;
    }

    Timers timers() {
        return timers;
    }

    ScanLog scans() {
        return scans;
    }

    /** Scans come here before the visitor's journey. */
    private final class Scans implements fr.borne.kiosk.ScansFirst {

        @Override
        public boolean takesAtOnce(String code) {
            Instant now = services.clock().instant();
            scans.scanned(now);
            if (!signedIn()) {
                return false;
            }
            ScanLog.Received received = scans.tested(code, now);
            audit(TechnicianAction.DEVICE_TEST, "scanner test: received " + received.characters() + " characters");
            devices.indicator().beep(Beep.SHORT);
            touched();
            ctx.navigator().refresh();
            return true;
        }

        @Override
        public boolean claims(String code) {
            return services.access().knows(code);
        }

        @Override
        public void take(String code) {
            technicianBadge(code);
        }

        @Override
        public void notClaimed() {
            // a visitor's badge while the keypad shows: the visitor's journey takes over
            pendingBadge = null;
            stopIdle();
        }
    }

    private void technicianBadge(String code) {
        pendingBadge = code;
        theme.reset();
        ctx.texts().use(Language.DEFAULT);
        devices.indicator().beep(Beep.SHORT);
        ctx.navigator().startOver(new KeypadScreen(this));
        restartIdle();
        LOG.info("technician badge scanned, asking for the PIN");
    }

    /** Checks the PIN off the screen's thread; {@code refused} hears any answer but a grant. */
    void checkPin(String pin, Consumer<AccessResult> refused) {
        String badge = pendingBadge;
        if (badge == null) {
            return;
        }
        CompletableFuture.supplyAsync(() -> services.access().verify(badge, pin), background)
                .whenComplete((result, fault) -> Platform.runLater(() -> answered(badge, result, fault, refused)));
    }

    private void answered(String badge, AccessResult result, Throwable fault, Consumer<AccessResult> refused) {
        if (!badge.equals(pendingBadge)) {
            return; // left, or another badge, while the PIN was checked
        }
        if (fault != null) {
            pendingBadge = null;
            stopIdle();
            journey.trouble(fault);
            return;
        }
        if (result instanceof AccessResult.Granted granted) {
            pendingBadge = null;
            technicianId = granted.technicianId();
            scans.forgetTest();
            LOG.info("technician {} signed in", technicianId);
            restartIdle();
            ctx.navigator().startOver(new MenuScreen(this));
        } else if (result instanceof AccessResult.UnknownBadge) {
            leave(false);
        } else {
            refused.accept(result);
        }
    }

    /** Shows a technician screen; there is none to show before badge and PIN. */
    void show(Screen screen) {
        if (!signedIn()) {
            throw new IllegalStateException("technician screens need a badge and its PIN");
        }
        ctx.navigator().show(screen);
    }

    /** Records a technician's action in the audit log (ids and words only), off the screen's thread. */
    void audit(TechnicianAction action, String detail) {
        if (signedIn()) {
            String technician = technicianId;
            background.execute(() -> services.audit().record(technician, action, detail));
        }
    }

    /**
     * Reads (or writes) what a technician screen needs off the screen's thread, then hands the
     * answer to {@code then} on it; a fault is the journey's trouble screen.
     */
    <T> void read(Supplier<T> work, Consumer<T> then) {
        CompletableFuture.supplyAsync(work, background)
                .whenComplete((answer, fault) -> Platform.runLater(() -> {
                    if (fault != null) {
                        journey.trouble(fault);
                    } else {
                        then.accept(answer);
                    }
                }));
    }

    /** Reads what a technician screen shows off the screen's thread, then shows it. */
    <T> void open(Supplier<T> model, Function<T, TechnicianScreen> screen) {
        read(model, read -> {
            if (signedIn()) {
                show(screen.apply(read));
            }
        });
    }

    /** Takes the kiosk out of service (written off the screen's thread), then {@code then}. */
    void takeOutOfService(String reason, Runnable then) {
        String technician = requireTechnician();
        read(() -> services.state().takeOutOfService(technician, reason), state -> {
            serviceChanged(state);
            then.run();
        });
    }

    void putBackInService(Runnable then) {
        String technician = requireTechnician();
        read(() -> services.state().putBackInService(technician), state -> {
            serviceChanged(state);
            then.run();
        });
    }

    private void serviceChanged(ServiceState state) {
        LOG.info("technician {} switched the kiosk {}", technicianId, state.outOfService() ? "out of service" : "back in service");
        journey.outOfService(state.outOfService());
        devices.indicator().light(state.outOfService() ? Light.OUT_OF_SERVICE : Light.READY);
        ctx.navigator().refresh();
    }

    private String requireTechnician() {
        if (technicianId == null) {
            throw new IllegalStateException("no technician signed in");
        }
        return technicianId;
    }

    private void touched() {
        if (active()) {
            restartIdle();
        }
    }

    private void restartIdle() {
        stopIdle();
        idle = timers.after(settings.idle(), () -> {
            idle = null;
            leave(true);
        });
    }

    private void stopIdle() {
        if (idle != null) {
            idle.cancel();
            idle = null;
        }
    }

    private void leave(boolean inactivity) {
        if (!active()) {
            return;
        }
        stopIdle();
        if (technicianId != null) {
            String technician = technicianId;
            background.execute(() -> services.audit().record(technician, TechnicianAction.SIGN_OUT,
                    inactivity ? "left after inactivity" : "left"));
            LOG.info("technician {} left{}", technicianId, inactivity ? " after inactivity" : "");
        }
        technicianId = null;
        pendingBadge = null;
        scans.forgetTest();
        journey.finish();
    }

    /** Reads the out-of-service switch (a restart, {@code borne-ctl}) off the screen's thread; the sync screen reads again. */
    private void poll() {
        CompletableFuture.supplyAsync(() -> services.state().current().outOfService(), background)
                .whenComplete((out, fault) -> Platform.runLater(() -> {
                    if (fault != null) {
                        LOG.warn("could not read the out-of-service switch: {}", fault.toString());
                    } else {
                        journey.outOfService(out);
                    }
                }));
        if (signedIn() && ctx.navigator().current() instanceof SyncScreen sync) {
            sync.reload();
        }
    }
}
