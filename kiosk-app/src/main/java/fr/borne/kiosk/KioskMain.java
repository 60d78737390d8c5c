package fr.borne.kiosk;

import fr.borne.demo.DemoBadge;
import fr.borne.demo.DemoBadges;
import fr.borne.demo.DemoData;
import fr.borne.demo.Timetables;
import fr.borne.device.config.DeviceConfig;
import fr.borne.device.config.DeviceFactory;
import fr.borne.device.config.Devices;
import fr.borne.device.scanner.KeyboardWedgeScanner;
import fr.borne.kiosk.devices.KeyboardWedge;
import fr.borne.kiosk.devices.ScannerLink;
import fr.borne.kiosk.i18n.Texts;
import fr.borne.kiosk.online.AgentLocal;
import fr.borne.kiosk.online.AgentLocalClient;
import fr.borne.kiosk.session.Timeouts;
import fr.borne.kiosk.startup.ReplicaWait;
import fr.borne.kiosk.startup.StartingView;
import fr.borne.kiosk.theme.Theme;
import fr.borne.kiosk.timers.FxTimers;
import fr.borne.kiosk.timers.Timers;
import fr.borne.kiosk.tour.ScreenshotTour;
import fr.borne.kiosk.technician.DemoTechnician;
import fr.borne.kiosk.technician.DeviceBench;
import fr.borne.kiosk.technician.DeviceStatusRows;
import fr.borne.kiosk.technician.KioskVersion;
import fr.borne.kiosk.technician.TechnicianMode;
import fr.borne.kiosk.technician.TechnicianServices;
import fr.borne.kiosk.technician.UiHeartbeat;
import fr.borne.technician.TechnicianDemo;
import fr.borne.device.scanner.ScannerEvent;
import fr.borne.store.Database;
import fr.borne.store.SeatPolicy;
import fr.borne.sync.AllotmentSeatPolicy;
import fr.borne.sync.LocalAllotments;
import javafx.application.Platform;
import javafx.geometry.Rectangle2D;
import javafx.scene.input.KeyCombination;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.StageStyle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The kiosk process's composition root: starts the devices from their configuration
 * (simulators by default), opens the local replica once it holds the establishment (the
 * sync agent fills a new one; {@code --demo} without an agent loads the demo data), and
 * shows the screen undecorated over the whole display.
 */
@Command(name = "borne-kiosk", mixinStandardHelpOptions = true,
        defaultValueProvider = CommandLine.PropertiesDefaultProvider.class,
        description = "The visitor's self-service kiosk for booking prison visits.")
public final class KioskMain implements Callable<Integer> {

    private static final Logger LOG = LoggerFactory.getLogger(KioskMain.class);

    @Option(names = "--db", defaultValue = "var/kiosk.db", description = "The local SQLite replica (default: ${DEFAULT-VALUE}).")
    Path db;

    @Option(names = "--config", description = "Devices properties file; without it every device is simulated.")
    Path devicesFile;

    @Option(names = "--establishment", defaultValue = Timetables.ROUEN, description = "The establishment this kiosk serves (default: ${DEFAULT-VALUE}).")
    String establishmentId;

    @Option(names = "--demo", description = "Without a sync agent: load the demo data into a new database file and offer the demo badges panel.")
    boolean demo;

    @Option(names = "--demo-badges", description = "Offer the demo badges panel (the replica comes from the sync agent).")
    boolean demoBadges;

    @Option(names = "--sync-agent", description = "A sync agent keeps this replica: wait for its first sync, and confirm "
            + "offline only on seats central allotted to this kiosk.")
    boolean syncAgent;

    @Option(names = "--agent-local", description = "The sync agent's local API (loopback), e.g. http://127.0.0.1:18081: "
            + "bookings then take seats from this kiosk's allotment, ask central when none is left, and serve visitors of other establishments.")
    URI agentLocal;

    @Option(names = "--windowed", description = "A decorated 1280x800 window that can be closed (development).")
    boolean windowed;

    @Option(names = "--screenshot-tour", description = "Walk the journey on the demo data, save PNGs into this folder, and exit.")
    Path tourFolder;

    @Option(names = "--idle-seconds", defaultValue = "60", description = "Seconds without a touch before the warning (default: ${DEFAULT-VALUE}).")
    int idleSeconds;

    @Option(names = "--warning-seconds", defaultValue = "20", description = "Seconds the warning counts down (default: ${DEFAULT-VALUE}).")
    int warningSeconds;

    @Option(names = "--technician-idle-seconds", defaultValue = "120", description = "Seconds without a touch before technician mode leaves by itself (default: ${DEFAULT-VALUE}).")
    int technicianIdleSeconds;

    public static void main(String[] args) {
        int code = new CommandLine(new KioskMain()).execute(args);
        if (code != 0) {
            System.exit(code);
        }
    }

    @Override
    public Integer call() throws Exception {
        long startNanos = System.nanoTime();
        Clock clock = Clock.systemUTC();
        if (db.toAbsolutePath().getParent() != null) {
            Files.createDirectories(db.toAbsolutePath().getParent());
        }
        boolean synced = syncAgent || agentLocal != null;
        if (demo && !synced && !Files.exists(db)) {
            // standalone demo: no agent fills this replica, so it starts from the demo data
            try (Database database = Database.open(db)) {
                DemoData.load(database, clock);
            }
            LOG.info("demo data loaded into the new database {}", db);
        }
        DeviceConfig config = devicesFile == null ? DeviceConfig.simulated() : DeviceConfig.load(devicesFile);
        Devices devices = new DeviceFactory(clock).create(config);
        ScannerLink scanner = new ScannerLink(false);
        scanner.listenTo(devices.scanner());
        // the toolkit first: device events are handed to the JavaFX thread from the start
        Platform.startup(() -> { });
        devices.startAll();
        ExecutorService printing = Executors.newSingleThreadExecutor(daemon("receipt-printing"));
        ExecutorService online = Executors.newSingleThreadExecutor(daemon("agent-questions"));
        CompletableFuture<Database> replica = new ReplicaWait(db, establishmentId, synced,
                Duration.ofMillis(500)).ready();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            devices.close();
            replica.whenComplete((database, fault) -> {
                if (database != null) {
                    database.close();
                }
            });
        }, "kiosk-shutdown"));

        Timeouts timeouts = new Timeouts(Duration.ofSeconds(idleSeconds), Duration.ofSeconds(warningSeconds));
        List<DemoBadge> demoBadgeList = demo || demoBadges || tourFolder != null
                ? DemoTechnician.withTechnician(DemoBadges.ALL) : List.of();
        Timers timers = new FxTimers();
        Platform.runLater(() -> {
            // the systemd watchdog's wrapper restarts the kiosk when the screen's thread stops touching this file
            UiHeartbeat.fromEnvironment(System.getenv(), clock, Duration.ofSeconds(5), timers)
                    .ifPresent(UiHeartbeat::start);
            Rectangle2D bounds = windowed ? new Rectangle2D(0, 0, 1280, 800) : Screen.getPrimary().getBounds();
            Stage stage = stage(bounds);
            if (!replica.isDone()) {
                stage.setScene(StartingView.scene(new Texts(), new Theme(), bounds));
                stage.show();
            }
            replica.whenComplete((database, fault) -> {
                if (fault != null) {
                    // the starting view stays; the watchdog's restart is the way out
                    LOG.error("the replica could not be opened", fault);
                    return;
                }
                Platform.runLater(() -> {
                    KioskUi ui = serve(database, synced, clock, devices, scanner, printing, online, timeouts, timers,
                            demoBadgeList, bounds);
                    stage.setTitle(ui.context().establishment().name());
                    stage.setScene(ui.scene());
                    stage.show();
                    LOG.info("attract screen shown {} ms after start", (System.nanoTime() - startNanos) / 1_000_000);
                    if (tourFolder != null) {
                        new ScreenshotTour(ui, scanner, tourFolder, () -> System.exit(0)).start();
                    }
                });
            });
        });
        return 0;
    }

    private KioskUi serve(Database database, boolean synced, Clock clock, Devices devices, ScannerLink scanner,
                          ExecutorService printing, ExecutorService online,
                          Timeouts timeouts, Timers timers, List<DemoBadge> demoBadgeList, Rectangle2D bounds) {
        SeatPolicy seats = !synced ? SeatPolicy.roundCapacity() : new AllotmentSeatPolicy(new LocalAllotments());
        LocalStore store = LocalStore.open(database, establishmentId, clock, seats);
        Optional<AgentLocal> agent = Optional.ofNullable(agentLocal)
                .map(uri -> new AgentLocalClient(uri, AgentLocalClient.Timeouts.defaults()));
        KioskUi ui = KioskUi.build(store, agent, online, clock, devices.printer(), printing, devices.indicator(),
                scanner.connectedProperty(), timeouts, timers, demoBadgeList, bounds);
        scanner.deliverTo(ui.journey()::badgeScanned, ui.journey()::scanRejected);
        scanner.onEvent(devices.scanner().connected()
                ? new ScannerEvent.Connected(clock.instant())
                : new ScannerEvent.Disconnected(clock.instant()));
        if (devices.scanner() instanceof KeyboardWedgeScanner wedge) {
            new KeyboardWedge(wedge).watch(ui.scene());
        }
        Thread.currentThread().setUncaughtExceptionHandler((thread, fault) -> ui.journey().trouble(fault));
        technician(database, clock, devices, scanner, ui);
        return ui;
    }

    /** Technician mode and the out-of-service switch, and the device words published for central. */
    private void technician(Database database, Clock clock, Devices devices, ScannerLink scanner, KioskUi ui) {
        if (demo || demoBadges) {
            TechnicianDemo.enrol(database, clock);
        }
        TechnicianMode.install(ui, TechnicianServices.of(database, clock),
                new DeviceBench(devices.printer(), devices.indicator(), scanner.connectedProperty()),
                Executors.newSingleThreadExecutor(daemon("technician")),
                new TechnicianMode.Settings(Duration.ofSeconds(technicianIdleSeconds), Duration.ofSeconds(5)));
        new DeviceStatusRows(database, Executors.newSingleThreadExecutor(daemon("device-status")))
                .watch(devices.printer(), scanner.connectedProperty(), KioskVersion.current());
    }

    private static java.util.concurrent.ThreadFactory daemon(String name) {
        return r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        };
    }

    private Stage stage(Rectangle2D bounds) {
        Stage stage = new Stage(windowed ? StageStyle.DECORATED : StageStyle.UNDECORATED);
        stage.setX(bounds.getMinX());
        stage.setY(bounds.getMinY());
        stage.setWidth(bounds.getWidth());
        stage.setHeight(bounds.getHeight());
        stage.setFullScreenExitHint("");
        stage.setFullScreenExitKeyCombination(KeyCombination.NO_MATCH);
        if (!windowed) {
            // no way out for a visitor: only the technician (or the system) stops the kiosk
            stage.setOnCloseRequest(event -> event.consume());
        } else {
            stage.setOnHidden(e -> System.exit(0));
        }
        return stage;
    }
}
