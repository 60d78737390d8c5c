package fr.borne.kiosk.technician;

import fr.borne.device.printer.EscPosPrinter;
import fr.borne.device.printer.PrintResult;
import fr.borne.device.printer.PrinterProfile;
import fr.borne.device.printer.PrinterStatus;
import fr.borne.device.printer.PrinterStatusListener;
import fr.borne.device.printer.ReceiptPrinter;
import fr.borne.device.printer.TcpTransport;
import fr.borne.device.receipt.Receipt;
import fr.borne.kiosk.support.AlwaysEnabledDevice;
import fr.borne.kiosk.support.KioskHarness;
import fr.borne.testsupport.TestClock;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The printer test when the printer fails: a real network printer port that hangs up, a
 * driver that throws, a driver that never answers. Each time the technician reads what to
 * do, the button comes back and the log says what went wrong, with no badge code in it.
 */
@ExtendWith(ApplicationExtension.class)
class PrinterFailureTest {

    @TempDir
    Path folder;

    private final TechnicianWorkAndLog work = new TechnicianWorkAndLog(DevicesScreen.class);
    private TechnicianKiosk tech;
    private Stage stage;
    private ServerSocket hangsUp;
    private ReceiptPrinter printer;

    private void open(ReceiptPrinter bench) {
        printer = bench;
        WaitForAsyncUtils.waitForAsyncFx(10_000, () -> {
            stage = new Stage();
            tech = TechnicianKiosk.start(stage, folder, TestClock.at(KioskHarness.MONDAY_NOON, KioskHarness.PARIS),
                    Duration.ofMinutes(30), bench, work.background());
            return null;
        });
        tech.signIn();
        tech.tap("technician-devices");
    }

    @AfterEach
    void stop() throws Exception {
        if (tech != null) {
            tech.kiosk.onFx(tech.mode::stop);
            tech.kiosk.close();
            WaitForAsyncUtils.waitForAsyncFx(10_000, () -> {
                stage.close();
                return null;
            });
        }
        printer.close();
        if (hangsUp != null) {
            hangsUp.close();
        }
        work.close();
    }

    @Test
    void a_network_printer_that_hangs_up_is_said_not_to_answer_and_the_button_comes_back() throws IOException {
        EscPosPrinter network = new EscPosPrinter(new TcpTransport("127.0.0.1", portThatHangsUp(), Duration.ofSeconds(1)),
                PrinterProfile.paper80mm().withStatusPoll(Duration.ZERO).withStatusTimeout(Duration.ofMillis(300)));
        network.start();
        open(network);
        tech.waitUntil(() -> tech.textNow("printer-status").equals("ne répond pas"));

        tech.tap("printer-test");

        tech.waitUntil(() -> tech.textNow("printer-test-result").startsWith("L'imprimante ne répond pas : vérifiez"));
        assertThat(tech.enabledNow("printer-test")).as("the button comes back").isTrue();
        assertThat(logged()).anyMatch(line -> line.startsWith("WARN printer test failed: OFFLINE"));
        tech.waitUntil(() -> tech.audited().stream().anyMatch(e -> e.detail().equals("printer test failed: OFFLINE")));
        assertThat(logged()).noneMatch(line -> line.contains(TechnicianKiosk.BADGE));
    }

    @Test
    void a_driver_that_throws_is_a_printer_that_does_not_answer_said_and_logged() {
        open(new Throwing());
        tech.waitUntil(() -> tech.textNow("printer-status").equals("ne répond pas"));
        assertThat(logged()).anyMatch(line -> line.equals("WARN printer status not read: IllegalStateException: status register unreadable"));

        tech.tap("printer-test");

        tech.waitUntil(() -> tech.textNow("printer-test-result")
                .startsWith("Le pilote de l'imprimante a échoué (IllegalStateException: print buffer corrupt)"));
        assertThat(tech.enabledNow("printer-test")).isTrue();
        assertThat(logged()).contains("WARN printer test failed: IllegalStateException: print buffer corrupt");
        tech.waitUntil(() -> tech.audited().stream().anyMatch(e -> e.detail().equals("printer test failed: driver error")));
    }

    @Test
    void a_driver_that_never_answers_gives_the_button_back_after_its_patience() throws InterruptedException {
        Silent silent = new Silent();
        open(silent);
        // the status answer re-renders the screen: touch the button once it has come
        tech.waitUntil(() -> tech.textNow("printer-status").equals("prête"));
        tech.tap("printer-test");
        assertThat(silent.asked.await(10, TimeUnit.SECONDS)).isTrue();
        assertThat(tech.textNow("printer-test-result")).isEqualTo("Impression en cours…");
        assertThat(tech.enabledNow("printer-test")).isFalse();

        tech.kiosk.advance(DevicesScreen.PRINT_PATIENCE);

        tech.waitUntil(() -> tech.textNow("printer-test-result").startsWith("L'imprimante n'a pas répondu en 60 s"));
        assertThat(tech.enabledNow("printer-test")).isTrue();
        assertThat(logged()).contains("WARN printer test failed: PrintTimedOut: no answer within 60 s");

        silent.answer.countDown();
        tech.waitUntil(() -> logged().stream().anyMatch(line -> line.contains("answered after it was given up")));
        assertThat(tech.textNow("printer-test-result")).as("a late answer changes nothing shown")
                .startsWith("L'imprimante n'a pas répondu en 60 s");
    }

    /** A loopback port where a "printer" accepts each connection and hangs up at once. */
    private int portThatHangsUp() throws IOException {
        hangsUp = new ServerSocket(0, 5, InetAddress.getLoopbackAddress());
        Thread acceptor = new Thread(() -> {
            while (!hangsUp.isClosed()) {
                try (Socket s = hangsUp.accept()) {
                    s.setSoLinger(true, 0);
                } catch (IOException e) {
                    // closed by the test: stop
                }
            }
        }, "printer-that-hangs-up");
        acceptor.setDaemon(true);
        acceptor.start();
        return hangsUp.getLocalPort();
    }

    private List<String> logged() {
        return work.logged();
    }

    /** A driver with a bug: it throws where it must return a result (the edge no real device reaches on demand). */
    private static final class Throwing extends AlwaysEnabledDevice implements ReceiptPrinter {
        Throwing() {
            super("throwing printer");
        }

        @Override
        public PrintResult print(Receipt receipt) {
            throw new IllegalStateException("print buffer corrupt");
        }

        @Override
        public PrinterStatus status() {
            throw new IllegalStateException("status register unreadable");
        }

        @Override
        public void addStatusListener(PrinterStatusListener listener) {
        }

        @Override
        public void removeStatusListener(PrinterStatusListener listener) {
        }
    }

    /** A driver stuck in a print until the test lets it answer. */
    private static final class Silent extends AlwaysEnabledDevice implements ReceiptPrinter {
        final CountDownLatch asked = new CountDownLatch(1);
        final CountDownLatch answer = new CountDownLatch(1);

        Silent() {
            super("silent printer");
        }

        @Override
        public PrintResult print(Receipt receipt) {
            asked.countDown();
            try {
                answer.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new UncheckedIOException(new IOException("interrupted"));
            }
            return new PrintResult.Printed(1);
        }

        @Override
        public PrinterStatus status() {
            return PrinterStatus.ONLINE;
        }

        @Override
        public void addStatusListener(PrinterStatusListener listener) {
        }

        @Override
        public void removeStatusListener(PrinterStatusListener listener) {
        }
    }
}
