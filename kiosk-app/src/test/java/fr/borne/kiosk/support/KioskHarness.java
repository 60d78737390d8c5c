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
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;

/**
 * A real kiosk screen on a real SQLite file holding the demo data, with a capturing
 * printer and a recording light at the edges. Drives the screen as a visitor would:
 * touching buttons by id and reading every text on screen.
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

    private KioskHarness(Path folder, Database database, KioskUi ui, CapturingPrinter printer,
                         RecordingIndicator indicator, ScannerLink scanner) {
        this.folder = folder;
        this.database = database;
        this.ui = ui;
        this.printer = printer;
        this.indicator = indicator;
        this.scanner = scanner;
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
            KioskUi ui = KioskUi.build(LocalStore.open(database, Timetables.ROUEN, clock), clock, printer, Runnable::run,
                    indicator, scanner.connectedProperty(), timeouts, DemoBadges.ALL, new Rectangle2D(0, 0, 1920, 1080));
            scanner.deliverTo(ui.journey()::badgeScanned, ui.journey()::scanRejected);
            stage.setScene(ui.scene());
            stage.show();
            return new KioskHarness(folder, database, ui, printer, indicator, scanner);
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
        Database database = Database.open(replica);
        CapturingPrinter printer = new CapturingPrinter();
        RecordingIndicator indicator = new RecordingIndicator();
        ScannerLink scanner = new ScannerLink(true);
        KioskUi ui = KioskUi.build(LocalStore.open(database, establishmentId, clock,
                        new AllotmentSeatPolicy(new LocalAllotments())), Optional.of(agent), Runnable::run, clock,
                printer, Runnable::run, indicator, scanner.connectedProperty(), timeouts, DemoBadges.ALL,
                new Rectangle2D(0, 0, 1920, 1080));
        scanner.deliverTo(ui.journey()::badgeScanned, ui.journey()::scanRejected);
        stage.setScene(ui.scene());
        stage.show();
        return new KioskHarness(folder, database, ui, printer, indicator, scanner);
    }

    public static KioskHarness start(Stage stage) {
        return start(stage, Clock.fixed(MONDAY_NOON, PARIS), PATIENT);
    }

    /** Drives a kiosk built by the test itself (on its own database file); {@link #close()} deletes the folder. */
    public static KioskHarness around(Path folder, Database database, KioskUi ui, CapturingPrinter printer,
                                      RecordingIndicator indicator, ScannerLink scanner) {
        return new KioskHarness(folder, database, ui, printer, indicator, scanner);
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
        scanner.onEvent(new fr.borne.device.scanner.ScannerEvent.BadgeScanned(code, Instant.now()));
        settle();
    }

    /** Touches the button (or toggle) with this id. */
    public void tap(String id) {
        // Screens reached through work off the FX thread (a hold, a print) may come a moment later.
        try {
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> WaitForAsyncUtils.waitForAsyncFx(5_000,
                    () -> ui.scene().lookup("#" + id) instanceof ButtonBase b && !b.isDisabled()));
        } catch (java.util.concurrent.TimeoutException e) {
            // Reported below with what the screen shows.
        }
        WaitForAsyncUtils.waitForAsyncFx(5_000, () -> {
            Node node = ui.scene().lookup("#" + id);
            if (!(node instanceof ButtonBase button)) {
                throw new AssertionError("no button #" + id + " on screen; texts: " + texts());
            }
            if (button.isDisabled()) {
                throw new AssertionError("button #" + id + " is disabled");
            }
            button.fire();
        });
        settle();
    }

    public boolean has(String id) {
        return WaitForAsyncUtils.waitForAsyncFx(5_000, () -> ui.scene().lookup("#" + id) != null);
    }

    public boolean disabled(String id) {
        return WaitForAsyncUtils.waitForAsyncFx(5_000, () -> ui.scene().lookup("#" + id).isDisabled());
    }

    /** Ids of the buttons whose id starts with the prefix, in screen order. */
    public List<String> ids(String prefix) {
        return WaitForAsyncUtils.waitForAsyncFx(5_000, () -> nodes(ui.scene().getRoot())
                .filter(n -> n.getId() != null && n.getId().startsWith(prefix)).map(Node::getId).toList());
    }

    /** Every text the scene shows now, joined. */
    public String texts() {
        return WaitForAsyncUtils.waitForAsyncFx(5_000, () -> String.join("\n", textsOf(ui.scene().getRoot())));
    }

    public String text(String id) {
        Node node = WaitForAsyncUtils.waitForAsyncFx(5_000, () -> ui.scene().lookup("#" + id));
        if (!(node instanceof Labeled labeled)) {
            throw new AssertionError("no text #" + id + " on screen; texts: " + texts());
        }
        return WaitForAsyncUtils.waitForAsyncFx(5_000, labeled::getText);
    }

    public void onFx(Runnable action) {
        WaitForAsyncUtils.waitForAsyncFx(5_000, action);
        settle();
    }

    public void waitUntil(BooleanSupplier condition, int seconds) {
        try {
            WaitForAsyncUtils.waitFor(seconds, TimeUnit.SECONDS, () -> WaitForAsyncUtils.waitForAsyncFx(5_000, condition::getAsBoolean));
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("condition not met in " + seconds + " s; screen shows:\n" + texts(), e);
        }
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

    public void settle() {
        WaitForAsyncUtils.waitForFxEvents(3);
    }

    static List<String> textsOf(Parent root) {
        List<String> texts = new ArrayList<>();
        nodes(root).forEach(n -> {
            if (n instanceof Labeled l && l.getText() != null && !l.getText().isEmpty()) {
                texts.add(l.getText());
            } else if (n instanceof Text t && t.getText() != null && !t.getText().isEmpty()) {
                texts.add(t.getText());
            }
        });
        return texts;
    }

    static Stream<Node> nodes(Node node) {
        if (node instanceof Parent parent) {
            return Stream.concat(Stream.of(node), parent.getChildrenUnmodifiable().stream().flatMap(KioskHarness::nodes));
        }
        return Stream.of(node);
    }

    @Override
    public void close() {
        database.close();
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
