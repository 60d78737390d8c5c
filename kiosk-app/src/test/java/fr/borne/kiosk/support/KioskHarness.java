package fr.borne.kiosk.support;

import fr.borne.demo.DemoBadges;
import fr.borne.demo.DemoData;
import fr.borne.demo.Timetables;
import fr.borne.kiosk.KioskUi;
import fr.borne.kiosk.LocalStore;
import fr.borne.kiosk.devices.ScannerLink;
import fr.borne.kiosk.online.AgentLocal;
import fr.borne.kiosk.session.Timeouts;
import fr.borne.store.Database;
import fr.borne.sync.AllotmentSeatPolicy;
import fr.borne.sync.LocalAllotments;
import fr.borne.testsupport.Eventually;
import fr.borne.testsupport.ManualScheduler;
import fr.borne.testsupport.TestClock;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.Labeled;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.testfx.util.WaitForAsyncUtils;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;

/**
 * A real kiosk screen on a real SQLite file holding the demo data, with a capturing
 * printer and a recording light at the edges. Drives the screen as a visitor would:
 * touching buttons by id and reading every text on screen. Its timers (the inactivity
 * watch, technician mode) run on virtual time that the test {@linkplain #advance advances};
 * every wait is for a condition, with {@link Eventually#CEILING} as its one ceiling. Its
 * screens' work runs off the JavaFX thread ({@link SteppedWork} unless the test gives its
 * own), and {@link #close()} fails the test if the replica was read or written, or the agent
 * asked, on the JavaFX thread ({@link ScreenThreadGuard}).
 */
public final class KioskHarness implements AutoCloseable {

    public static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    /** Monday 23 November 2026, noon in Rouen. */
    public static final Instant MONDAY_NOON = ZonedDateTime.of(2026, 11, 23, 12, 0, 0, 0, PARIS).toInstant();
    public static final Timeouts PATIENT = new Timeouts(java.time.Duration.ofMinutes(30), java.time.Duration.ofSeconds(20));

    private final Path folder;
    private final Database database;
    private final KioskUi ui;
    private final CapturingPrinter printer;
    private final RecordingIndicator indicator;
    private final ScannerLink scanner;
    private final ManualScheduler time;
    private final ScreenThreadGuard guard;

    private KioskHarness(Path folder, Database database, ScreenThreadGuard guard, KioskUi ui, CapturingPrinter printer,
                         RecordingIndicator indicator, ScannerLink scanner, ManualScheduler time) {
        this.folder = folder;
        this.guard = guard;
        this.database = database;
        this.ui = ui;
        this.printer = printer;
        this.indicator = indicator;
        this.scanner = scanner;
        this.time = time;
    }

    /**
     * Virtual time for the kiosk's timers, on the kiosk's own clock when the test gave a
     * {@link TestClock} (a timer then moves it), else on a clock of its own starting there.
     */
    public static ManualScheduler timeFor(Clock clock) {
        return new ManualScheduler(clock instanceof TestClock testClock ? testClock
                : TestClock.at(clock.instant(), clock.getZone()));
    }

    /** Builds the kiosk on the stage; call from a TestFX {@code @Start} method (JavaFX thread). */
    public static KioskHarness start(Stage stage, Clock clock, Timeouts timeouts) {
        try {
            Path folder = Files.createTempDirectory("kiosk-test");
            Database database = Database.open(folder.resolve("kiosk.db"));
            DemoData.load(database, Clock.fixed(MONDAY_NOON, PARIS));
            CapturingPrinter printer = new CapturingPrinter();
            RecordingIndicator indicator = new RecordingIndicator();
            ScannerLink scanner = new ScannerLink(true);
            ManualScheduler time = timeFor(clock);
            LocalStore store = LocalStore.open(database, Timetables.ROUEN, clock);
            ScreenThreadGuard guard = new ScreenThreadGuard();
            guard.watch(database);
            SteppedWork work = new SteppedWork();
            KioskUi ui = KioskUi.build(store, Optional.empty(), work, clock, printer, work,
                    indicator, scanner.connectedProperty(), timeouts, new ManualTimers(time), DemoBadges.ALL,
                    new Rectangle2D(0, 0, 1920, 1080));
            scanner.deliverTo(ui.journey()::badgeScanned, ui.journey()::scanRejected);
            // the scene's size: a stage another test left at another size keeps it otherwise
            stage.setWidth(ui.scene().getWidth());
            stage.setHeight(ui.scene().getHeight());
            stage.setScene(ui.scene());
            stage.show();
            return new KioskHarness(folder, database, guard, ui, printer, indicator, scanner, time);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Builds the kiosk of {@code establishmentId} on a replica its sync agent keeps, asking
     * the agent's local API the online questions; {@code folder} is deleted on close.
     */
    public static KioskHarness startOnline(Stage stage, Path folder, Path replica, String establishmentId,
                                           AgentLocal agent, Clock clock) {
        return startOnline(stage, folder, replica, establishmentId, agent, clock, PATIENT);
    }

    /** {@link #startOnline(Stage, Path, Path, String, AgentLocal, Clock)} with these screen timeouts. */
    public static KioskHarness startOnline(Stage stage, Path folder, Path replica, String establishmentId,
                                           AgentLocal agent, Clock clock, Timeouts timeouts) {
        SteppedWork work = new SteppedWork();
        return startOnline(stage, folder, replica, establishmentId, agent, clock, timeouts, work, work,
                Optional.empty());
    }

    /**
     * As the real kiosk runs: the screens' work on {@code work} and the receipts on
     * {@code printing} (threads of their own), and with {@code timers} when given (the
     * JavaFX animation clock, say) instead of the test's virtual time.
     */
    public static KioskHarness startOnline(Stage stage, Path folder, Path replica, String establishmentId,
                                           AgentLocal agent, Clock clock, Timeouts timeouts,
                                           java.util.concurrent.Executor work, java.util.concurrent.Executor printing,
                                           Optional<fr.borne.kiosk.timers.Timers> timers) {
        Database database = Database.open(replica);
        CapturingPrinter printer = new CapturingPrinter();
        RecordingIndicator indicator = new RecordingIndicator();
        ScannerLink scanner = new ScannerLink(true);
        ManualScheduler time = timeFor(clock);
        LocalStore store = LocalStore.open(database, establishmentId, clock, new AllotmentSeatPolicy(new LocalAllotments()));
        ScreenThreadGuard guard = new ScreenThreadGuard();
        guard.watch(database);
        KioskUi ui = KioskUi.build(store, Optional.of(agent), work, clock,
                printer, printing, indicator, scanner.connectedProperty(), timeouts,
                timers.orElseGet(() -> new ManualTimers(time)),
                DemoBadges.ALL, new Rectangle2D(0, 0, 1920, 1080));
        scanner.deliverTo(ui.journey()::badgeScanned, ui.journey()::scanRejected);
        // the scene's size: a stage another test left at another size keeps it otherwise
        stage.setWidth(ui.scene().getWidth());
        stage.setHeight(ui.scene().getHeight());
        stage.setScene(ui.scene());
        stage.show();
        return new KioskHarness(folder, database, guard, ui, printer, indicator, scanner, time);
    }

    public static KioskHarness start(Stage stage) {
        return start(stage, Clock.fixed(MONDAY_NOON, PARIS), PATIENT);
    }

    /**
     * Drives a kiosk built by the test itself (on its own database file, watched by {@code guard}
     * since before the kiosk was built, its timers on {@code time}); {@link #close()} deletes the
     * folder and verifies the guard.
     */
    public static KioskHarness around(Path folder, Database database, ScreenThreadGuard guard, KioskUi ui,
                                      CapturingPrinter printer, RecordingIndicator indicator, ScannerLink scanner,
                                      ManualScheduler time) {
        return new KioskHarness(folder, database, guard, ui, printer, indicator, scanner, time);
    }

    /** What watches this kiosk's replica for uses on the JavaFX thread. */
    public ScreenThreadGuard guard() {
        return guard;
    }

    /** Lets {@code step} of virtual time pass for the kiosk's timers, on the JavaFX thread. */
    public void advance(java.time.Duration step) {
        onFx(() -> time.advance(step));
    }

    public KioskUi ui() {
        return ui;
    }

    public CapturingPrinter printer() {
        return printer;
    }

    public RecordingIndicator indicator() {
        return indicator;
    }

    public ScannerLink scanner() {
        return scanner;
    }

    public Database database() {
        return database;
    }

    /** A badge read by the scanner, as the driver reports it. */
    public void scan(String code) {
        scanner.onEvent(new fr.borne.device.scanner.ScannerEvent.BadgeScanned(code, ui.context().clock().instant()));
        settle();
    }

    /** Touches the button (or toggle) with this id, once it is on screen and enabled. */
    public void tap(String id) {
        // screens reached through work off the JavaFX thread (a hold, a print, the agent) may come a moment later
        Eventually.await(() -> "an enabled button #" + id + " on screen; texts: " + texts(), Eventually.CEILING,
                () -> fx(() -> ui.scene().lookup("#" + id) instanceof ButtonBase b && !b.isDisabled()));
        fx(() -> {
            Node node = ui.scene().lookup("#" + id);
            if (!(node instanceof ButtonBase button) || button.isDisabled()) {
                throw new AssertionError("button #" + id + " went away or was disabled again; texts: " + texts());
            }
            button.fire();
            return null;
        });
        settle();
    }

    /** A finger pressed somewhere on the screen (the inactivity watches see it; no control is under it). */
    public void touch() {
        onFx(() -> javafx.event.Event.fireEvent(ui.scene().getRoot(), new javafx.scene.input.MouseEvent(
                javafx.scene.input.MouseEvent.MOUSE_PRESSED, 1, 1, 1, 1, javafx.scene.input.MouseButton.PRIMARY, 1,
                false, false, false, false, true, false, false, true, false, false, null)));
    }

    /** Whether a node with this id is on screen now (no waiting: it may be asked of something that must be absent). */
    public boolean has(String id) {
        return fx(() -> ui.scene().lookup("#" + id) != null);
    }

    public boolean disabled(String id) {
        return fx(() -> ui.scene().lookup("#" + id).isDisabled());
    }

    /** Ids of the buttons whose id starts with the prefix, in screen order. */
    /**
     * The reference in the first id that starts with {@code prefix} ({@code "cancel-"} gives the
     * reference of the first booking that can be cancelled), once the screen shows one.
     */
    public String firstReference(String prefix) {
        waitUntil(() -> !ids(prefix).isEmpty());
        return ids(prefix).get(0).substring(prefix.length());
    }

    public List<String> ids(String prefix) {
        return fx(() -> nodes(ui.scene().getRoot())
                .filter(n -> n.getId() != null && n.getId().startsWith(prefix)).map(Node::getId).toList());
    }

    /** Every text the scene shows now, joined. */
    public String texts() {
        return fx(() -> String.join("\n", textsOf(ui.scene().getRoot())));
    }

    /** The text of the label with this id, once one is on screen. */
    public String text(String id) {
        // found and read in one go: a page built again (a print finished) shows its content a pulse later;
        // words, not lines: right-to-left labels are broken into lines by the kiosk itself, where
        // depends on the window's width and the fonts installed; a no-break space (inside an Arabic
        // sentence's phone number) reads as a space
        String[] text = new String[1];
        Eventually.await(() -> "a text #" + id + " on screen; texts: " + texts(), Eventually.CEILING, () -> {
            text[0] = fx(() -> ui.scene().lookup("#" + id) instanceof Labeled labeled
                    ? fr.borne.kiosk.i18n.BidiText.plain(labeled.getText()).replaceAll("[\\s\u00a0]+", " ") : null);
            return text[0] != null;
        });
        return text[0];
    }

    public void onFx(Runnable action) {
        fx(() -> {
            action.run();
            return null;
        });
        settle();
    }

    /** Waits until the condition, evaluated on the JavaFX thread, holds. */
    public void waitUntil(BooleanSupplier condition) {
        Eventually.await(() -> "condition not met; screen shows:\n" + texts(), Eventually.CEILING,
                () -> fx(condition::getAsBoolean));
        settle();
    }

    /** Seats left in a round for Julien Marchand's family, as the booking service counts them now. */
    public int seatsLeft(String roundId, java.time.LocalDate date) {
        return ui.context().bookings().availability("v-1001", "d-2001").days().stream()
                .filter(d -> d.date().equals(date))
                .flatMap(d -> d.rounds().stream())
                .filter(r -> r.occurrence().round().id().equals(roundId))
                .mapToInt(fr.borne.booking.RoundAvailability::seatsLeft).findFirst().orElseThrow();
    }

    /** What {@code value} gives, read on the JavaFX thread. */
    public <T> T fxValue(Callable<T> value) {
        return fx(value);
    }

    public void settle() {
        WaitForAsyncUtils.waitForFxEvents(3);
    }

    /**
     * With {@code -Dborne.screenshots=FOLDER}, the screen as it is now, saved as
     * {@code FOLDER/name.png} for a human to look at (the README's screenshots); else nothing.
     */
    public void saveScreenshot(String name) {
        Optional<Path> folder = Optional.ofNullable(System.getProperty("borne.screenshots")).map(Path::of);
        if (folder.isEmpty()) {
            return;
        }
        settle();
        javafx.scene.image.Image shot = fx(() -> ui.scene().snapshot(null));
        try {
            Files.createDirectories(folder.get());
            javax.imageio.ImageIO.write(javafx.embed.swing.SwingFXUtils.fromFXImage(shot, null), "png",
                    folder.get().resolve(name + ".png").toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Runs on the JavaFX thread and returns what it gave. */
    public <T> T fxNow(Callable<T> action) {
        return fx(action);
    }

    /** Runs on the JavaFX thread and returns what it gave; a busy machine has the whole ceiling to get there. */
    private static <T> T fx(Callable<T> action) {
        return WaitForAsyncUtils.waitForAsyncFx(Eventually.CEILING.toMillis(), action);
    }

    static List<String> textsOf(Parent root) {
        List<String> texts = new ArrayList<>();
        nodes(root).forEach(n -> {
            if (n instanceof Labeled l && l.getText() != null && !l.getText().isEmpty()) {
                texts.add(fr.borne.kiosk.i18n.BidiText.plain(l.getText()));
            } else if (n instanceof Text t && t.getText() != null && !t.getText().isEmpty()) {
                texts.add(fr.borne.kiosk.i18n.BidiText.plain(t.getText()));
            }
        });
        return texts;
    }

    static Stream<Node> nodes(Node node) {
        if (node instanceof javafx.scene.control.ScrollPane scroll) {
            // a page just built has no skin (and so no children) until the next pulse: its content is reached directly
            return Stream.concat(Stream.of(node), scroll.getContent() == null ? Stream.empty() : nodes(scroll.getContent()));
        }
        if (node instanceof Parent parent) {
            return Stream.concat(Stream.of(node), parent.getChildrenUnmodifiable().stream().flatMap(KioskHarness::nodes));
        }
        return Stream.of(node);
    }

    /** Closes the replica and deletes the folder; then fails if the replica was used on the JavaFX thread. */
    @Override
    public void close() {
        database.close();
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        guard.verify();
    }
}
