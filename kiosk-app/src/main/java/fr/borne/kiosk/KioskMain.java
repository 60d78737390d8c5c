package fr.borne.kiosk;

import fr.borne.config.ProgramConfig;
import fr.borne.device.config.DeviceFactory;
import fr.borne.device.config.Devices;
import fr.borne.device.scanner.KeyboardWedgeScanner;
import fr.borne.kiosk.config.KioskOptions;
import fr.borne.kiosk.demo.KioskDemo;
import fr.borne.demo.DemoBadge;
import fr.borne.kiosk.config.GuidanceDevices;
import fr.borne.kiosk.devices.KeyboardWedge;
import fr.borne.kiosk.speech.AlsaHeadsetJack;
import fr.borne.kiosk.speech.EspeakSpeech;
import fr.borne.kiosk.speech.GuidedKiosk;
import fr.borne.kiosk.speech.SilentSpeech;
import fr.borne.kiosk.speech.Speech;
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
import fr.borne.kiosk.technician.DeviceBench;
import fr.borne.kiosk.technician.DeviceStatusRows;
import fr.borne.kiosk.technician.KioskVersion;
import fr.borne.kiosk.technician.TechnicianMode;
import fr.borne.kiosk.technician.TechnicianServices;
import fr.borne.kiosk.technician.UiHeartbeat;
import fr.borne.device.scanner.ScannerEvent;
import fr.borne.store.Database;
import fr.borne.kiosk.work.ScreenThread;
import fr.borne.store.SeatPolicy;
import fr.borne.sync.AllotmentSeatPolicy;
import fr.borne.sync.LocalAllotments;
import fr.borne.sync.local.LocalApiToken;
import fr.borne.visitor.BadgeCode;
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
import picocli.CommandLine.Mixin;

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
 * (simulators in demo mode only), opens the local replica once it holds the establishment (the
 * sync agent fills a new one; {@code --demo} without an agent loads the demo data), and
 * shows the screen undecorated over the whole display.
 */
@Command(name = KioskOptions.NAME, mixinStandardHelpOptions = true,
        description = "The visitor's self-service kiosk for booking prison visits.")
public final class KioskMain implements Callable<Integer> {

    private static final Logger LOG = LoggerFactory.getLogger(KioskMain.class);

    @Mixin
    KioskOptions options;

    /** The options once checked, set by call() before anything starts. */
    private KioskOptions.Settings settings;

    public static void main(String[] args) {
        int code = ProgramConfig.execute(new CommandLine(new KioskMain()), KioskOptions.NAME, args);
        if (code != 0) {
            System.exit(code);
        }
    }

    @Override
    public Integer call() throws Exception {
        long startNanos = System.nanoTime();
        settings = options.settings();
        // before anything starts: a key file named but unreadable stops the kiosk here, naming it
        BadgeCode.loadAtStart(settings.demo().isPresent());
        Path db = settings.db();
        Optional<KioskDemo> demo = settings.demo();
        Clock clock = Clock.systemUTC();
        if (db.toAbsolutePath().getParent() != null) {
            Files.createDirectories(db.toAbsolutePath().getParent());
        }
        boolean synced = settings.synced();
        if (demo.isPresent() && !synced && !Files.exists(db)) {
            // standalone demo: no agent fills this replica, so it starts from the demo data
            try (Database database = Database.open(db)) {
                demo.get().loadData(database, clock);
            }
            LOG.info("demo data loaded into the new database {}", db);
        }
        Devices devices = new DeviceFactory(clock).create(settings.devices());
        ScannerLink scanner = new ScannerLink(false);
        scanner.listenTo(devices.scanner());
        // the toolkit first: device events are handed to the JavaFX thread from the start
        Platform.startup(() -> { });
        devices.startAll();
        ExecutorService printing = Executors.newSingleThreadExecutor(daemon("receipt-printing"));
        // the screens' database and agent work: a few threads, so a slow agent never holds up a local read;
        // the screenshot tour taps its way through several screens in one step, so its work is done in place
        java.util.concurrent.Executor online = settings.tourFolder().isPresent() ? Runnable::run
                : fr.borne.kiosk.work.Background.threads("kiosk-work", 3).executor();
        CompletableFuture<Database> replica = new ReplicaWait(db, settings.establishment(), synced,
                Duration.ofMillis(500)).ready();
        // what the kiosk reads once from its replica, read here, off the screen's thread; from then on a use of the
        // replica or the agent on the screen's thread is a warning in the log (not in the tour, whose work is in place)
        java.util.function.Consumer<Thread> screenWaits = settings.tourFolder().isPresent() ? thread -> { }
                : ScreenThread.warnOncePerCallSite();
        CompletableFuture<LocalStore> store = replica.thenApply(database -> {
            LocalStore opened = LocalStore.open(database, settings.establishment(), clock,
                    !synced ? SeatPolicy.roundCapacity() : new AllotmentSeatPolicy(new LocalAllotments()));
            settings.demo().ifPresent(d -> d.enrolTechnician(database, clock));
            database.watchThreads(ScreenThread.MUST_NOT_WAIT, screenWaits);
            return opened;
        });
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            devices.close();
            replica.whenComplete((database, fault) -> {
                if (database != null) {
                    database.close();
                }
            });
        }, "kiosk-shutdown"));

        Timeouts timeouts = new Timeouts(Duration.ofSeconds(settings.idleSeconds()),
                Duration.ofSeconds(settings.warningSeconds()));
        List<DemoBadge> demoBadgeList = demo.map(KioskDemo::badges).orElse(List.of());
        Timers timers = new FxTimers();
        Platform.runLater(() -> {
            // the systemd watchdog's wrapper restarts the kiosk when the screen's thread stops touching this file
            UiHeartbeat.fromEnvironment(System.getenv(), clock, Duration.ofSeconds(5), timers)
                    .ifPresent(UiHeartbeat::start);
            Rectangle2D bounds = settings.windowed() ? new Rectangle2D(0, 0, 1280, 800) : Screen.getPrimary().getBounds();
            Stage stage = stage(bounds);
            if (!replica.isDone()) {
                stage.setScene(StartingView.scene(new Texts(), new Theme(), bounds));
                stage.show();
            }
            store.whenComplete((local, fault) -> {
                if (fault != null) {
                    // the starting view stays; the watchdog's restart is the way out
                    LOG.error("the replica could not be opened", fault);
                    return;
                }
                Platform.runLater(() -> {
                    KioskUi ui = serve(replica.join(), local, screenWaits, clock, devices, scanner, printing, online,
                            timeouts, timers, demoBadgeList, bounds);
                    stage.setTitle(ui.context().establishment().name());
                    stage.setScene(ui.scene());
                    stage.show();
                    LOG.info("attract screen shown {} ms after start", (System.nanoTime() - startNanos) / 1_000_000);
                    settings.tourFolder().ifPresent(folder -> demo.orElseThrow().tour(ui, scanner, folder, () -> System.exit(0)));
                });
            });
        });
        return 0;
    }

    private KioskUi serve(Database database, LocalStore store, java.util.function.Consumer<Thread> screenWaits,
                          Clock clock, Devices devices, ScannerLink scanner,
                          ExecutorService printing, java.util.concurrent.Executor online,
                          Timeouts timeouts, Timers timers, List<DemoBadge> demoBadgeList, Rectangle2D bounds) {
        Optional<AgentLocal> agent = settings.agentLocal().map(uri -> {
            AgentLocalClient client = new AgentLocalClient(uri, settings.localTokenFile(),
                    AgentLocalClient.Timeouts.defaults());
            client.watchThreads(ScreenThread.MUST_NOT_WAIT, screenWaits);
            return client;
        });
        KioskUi ui = KioskUi.build(store, agent, online, clock, devices.printer(), printing, devices.indicator(),
                scanner.connectedProperty(), timeouts, timers, demoBadgeList, bounds);
        scanner.deliverTo(ui.journey()::badgeScanned, ui.journey()::scanRejected);
        guidance(ui);
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

    /** Audio guidance on the headset (never the loudspeaker) and the tactile keypad, as the devices file says. */
    private void guidance(KioskUi ui) {
        GuidanceDevices devices = settings.guidance();
        Speech speech = devices.speechDevice().<Speech>map(EspeakSpeech::onHeadset).orElseGet(SilentSpeech::new);
        GuidedKiosk.install(ui, speech, devices.keypad(),
                devices.headsetCard().map(card -> new AlsaHeadsetJack(AlsaHeadsetJack.CARDS, card)));
    }

    /** Technician mode and the out-of-service switch, and the device words published for central. */
    private void technician(Database database, Clock clock, Devices devices, ScannerLink scanner, KioskUi ui) {
        TechnicianMode.install(ui, TechnicianServices.of(database, clock),
                new DeviceBench(devices.printer(), devices.indicator(), scanner.connectedProperty()),
                Executors.newSingleThreadExecutor(daemon("technician")),
                new TechnicianMode.Settings(Duration.ofSeconds(settings.technicianIdleSeconds()), Duration.ofSeconds(5)));
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
        Stage stage = new Stage(settings.windowed() ? StageStyle.DECORATED : StageStyle.UNDECORATED);
        stage.setX(bounds.getMinX());
        stage.setY(bounds.getMinY());
        stage.setWidth(bounds.getWidth());
        stage.setHeight(bounds.getHeight());
        stage.setFullScreenExitHint("");
        stage.setFullScreenExitKeyCombination(KeyCombination.NO_MATCH);
        if (!settings.windowed()) {
            // no way out for a visitor: only the technician (or the system) stops the kiosk
            stage.setOnCloseRequest(event -> event.consume());
        } else {
            stage.setOnHidden(e -> System.exit(0));
        }
        return stage;
    }
}
