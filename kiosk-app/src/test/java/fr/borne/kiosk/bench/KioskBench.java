package fr.borne.kiosk.bench;

import fr.borne.demo.DemoBadge;
import fr.borne.demo.DemoBadges;
import fr.borne.demo.DemoData;
import fr.borne.demo.Timetables;
import fr.borne.kiosk.KioskUi;
import fr.borne.kiosk.LocalStore;
import fr.borne.kiosk.devices.ScannerLink;
import fr.borne.kiosk.session.Timeouts;
import fr.borne.kiosk.support.CapturingPrinter;
import fr.borne.kiosk.support.RecordingIndicator;
import fr.borne.kiosk.timers.FxTimers;
import fr.borne.store.Database;
import javafx.application.Platform;
import javafx.geometry.Rectangle2D;
import javafx.stage.Stage;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;

/**
 * Speed of the kiosk screen on the demo data, headless (Monocle): start to the attract
 * screen laid out, badge scan to the visitor's home laid out (median, p99), and resident
 * memory across 200 simulated sessions. Run with
 * {@code mvn -q -pl kiosk-app test-compile exec:exec@bench}.
 */
public final class KioskBench {

    private KioskBench() {
    }

    public static void main(String[] args) throws Exception {
        Path folder = Files.createTempDirectory("kiosk-bench");
        Database database = Database.open(folder.resolve("kiosk.db"));
        DemoData.load(database, Clock.systemUTC());
        long start = System.nanoTime();
        CompletableFuture<Void> started = new CompletableFuture<>();
        Platform.startup(() -> started.complete(null));
        started.get();
        KioskUi ui = onFx(() -> {
            KioskUi built = KioskUi.build(LocalStore.open(database, Timetables.ROUEN, Clock.systemUTC()), Clock.systemUTC(),
                    new CapturingPrinter(), Runnable::run, new RecordingIndicator(), new ScannerLink(true).connectedProperty(),
                    Timeouts.DEFAULT, new FxTimers(), List.of(), new Rectangle2D(0, 0, 1920, 1080));
            Stage stage = new Stage();
            stage.setScene(built.scene());
            stage.show();
            built.scene().getRoot().applyCss();
            built.scene().getRoot().layout();
            return built;
        });
        System.out.printf("start to attract screen laid out (toolkit + replica + screen): %d ms%n",
                (System.nanoTime() - start) / 1_000_000);

        List<String> badges = DemoBadges.ALL.stream().map(DemoBadge::code).filter(c -> !c.equals("DEMO-0012")).toList();
        for (int i = 0; i < 100; i++) {
            scanToHome(ui, badges.get(i % badges.size()));
        }
        long[] micros = new long[500];
        for (int i = 0; i < micros.length; i++) {
            micros[i] = scanToHome(ui, badges.get(i % badges.size()));
        }
        Arrays.sort(micros);
        System.out.printf("scan to home laid out: median %.2f ms, p99 %.2f ms (n=%d)%n",
                micros[micros.length / 2] / 1000.0, micros[(int) (micros.length * 0.99)] / 1000.0, micros.length);

        List<Long> rss = new ArrayList<>();
        for (int session = 1; session <= 200; session++) {
            String code = badges.get(session % badges.size());
            onFx(() -> {
                ui.journey().badgeScanned(code);
                ui.scene().lookup("#book");
                ui.journey().finish();
                return null;
            });
            if (session % 50 == 0) {
                System.gc();
                rss.add(residentKb());
            }
        }
        Runtime runtime = Runtime.getRuntime();
        System.out.printf("resident memory after 50/100/150/200 sessions: %s MB (heap used after GC %d MB)%n",
                rss.stream().map(kb -> String.valueOf(kb / 1024)).toList(),
                (runtime.totalMemory() - runtime.freeMemory()) / (1024 * 1024));
        database.close();
        Platform.exit();
        System.exit(0);
    }

    private static long scanToHome(KioskUi ui, String code) throws Exception {
        return onFx(() -> {
            long t0 = System.nanoTime();
            ui.journey().badgeScanned(code);
            ui.scene().getRoot().applyCss();
            ui.scene().getRoot().layout();
            long took = (System.nanoTime() - t0) / 1000;
            ui.journey().finish();
            return took;
        });
    }

    private static long residentKb() throws Exception {
        for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("\\D", ""));
            }
        }
        return -1;
    }

    private static <T> T onFx(Callable<T> work) throws Exception {
        CompletableFuture<T> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(work.call());
            } catch (Exception e) {
                result.completeExceptionally(e);
            }
        });
        return result.get();
    }
}
