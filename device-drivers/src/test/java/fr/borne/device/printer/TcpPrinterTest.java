package fr.borne.device.printer;

import fr.borne.device.testing.Conditions;
import fr.borne.device.testing.EscPosReader;
import fr.borne.device.testing.PrinterEmulator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;

/** The ESC/POS printer over TCP against a local server socket that answers status like a network printer. */
class TcpPrinterTest {

    /** Bytes per second: a 2.7 kB receipt takes about a third of a second to come out. */
    private static final long SLOW = 8000;
    private static final Duration WAIT = Duration.ofSeconds(10);

    private final PrinterEmulator emulator = new PrinterEmulator();
    private ServerSocket server;
    private Thread acceptor;
    private EscPosPrinter printer;
    private final List<PrinterStatus> changes = new CopyOnWriteArrayList<>();

    @BeforeEach
    void startServer() throws IOException {
        server = new ServerSocket(0, 5, InetAddress.getLoopbackAddress());
        acceptor = new Thread(() -> {
            while (!server.isClosed()) {
                try (Socket s = server.accept()) {
                    emulator.serve(s.getInputStream(), s.getOutputStream());
                } catch (IOException e) {
                    // connection closed by the printer driver or the test: accept the next
                }
            }
        }, "printer-emulator");
        acceptor.setDaemon(true);
        acceptor.start();
        PrinterProfile profile = PrinterProfile.paper80mm().withStatusPoll(Duration.ZERO).withStatusTimeout(Duration.ofMillis(300));
        printer = new EscPosPrinter(new TcpTransport("127.0.0.1", server.getLocalPort(), Duration.ofSeconds(1)), profile);
        printer.addStatusListener((previous, current) -> changes.add(current));
        printer.start();
    }

    @AfterEach
    void stop() throws IOException {
        printer.close();
        server.close();
        emulator.close();
    }

    @Test
    void aReceiptCountsAsPrintedOnceThePrinterConfirmsIt() {
        emulator.clear();
        PrintResult result = printer.print(SampleReceipts.sample("PL-2027-0042"));

        assertThat(result).isInstanceOf(PrintResult.Printed.class);
        EscPosReader.Decoded paper = EscPosReader.decode(emulator.printed());
        assertThat(paper.barcodes()).contains(new EscPosReader.Barcode("CODE128", "PL-2027-0042"));
        assertThat(paper.cuts()).isEqualTo(1);
        assertThat(paper.processIds()).as("the job ends with a process ID the printer answers once printed").hasSize(1);
        byte[] bytes = emulator.received();
        int receiptStart = indexOf(bytes, new byte[]{0x1B, '@'});
        int cut = indexOf(bytes, new byte[]{0x1D, 'V'});
        assertThat(indexOf(bytes, new byte[]{0x1D, '(', 'H'})).isGreaterThan(cut);
        assertThat(countStatusRequests(bytes, 0, receiptStart)).as("status asked before the receipt").isEqualTo(3);
        assertThat(changes).containsExactly(PrinterStatus.ONLINE);
    }

    @Test
    void paperRunningOutWhileABufferedJobPrintsFailsThatJobAndTheNext() {
        emulator.printSpeed(SLOW);
        emulator.paperOutAfter(200);

        PrintResult first = printer.print(SampleReceipts.sample("PL-2027-0050"));
        PrintResult second = printer.print(SampleReceipts.sample("PL-2027-0051"));

        assertThat(emulator.printed()).as("only 200 of %d bytes came out", SampleReceipts.size()).hasSize(200);
        assertThat(first).isInstanceOfSatisfying(PrintResult.Failed.class, f -> {
            assertThat(f.reason()).isEqualTo(PrintFailure.PAPER_OUT);
            assertThat(f.message()).contains("before the end of the receipt");
        });
        assertThat(second).isInstanceOfSatisfying(PrintResult.Failed.class,
                f -> assertThat(f.reason()).isEqualTo(PrintFailure.PAPER_OUT));
        assertThat(emulator.buffered()).as("the second job was not sent").isLessThan(SampleReceipts.size());
    }

    @Test
    void theCoverOpenedMidJobFailsIt() {
        emulator.printSpeed(SLOW);
        emulator.coverOpenAfter(100);

        PrintResult result = printer.print(SampleReceipts.sample("PL-2027-0052"));

        assertThat(result).isInstanceOfSatisfying(PrintResult.Failed.class,
                f -> assertThat(f.reason()).isEqualTo(PrintFailure.COVER_OPEN));
        assertThat(emulator.printed()).hasSize(100);
        assertThat(emulator.buffered()).as("the rest of the receipt is still waiting in the printer").isPositive();
    }

    @Test
    void aPrinterThatStopsAnsweringRightAfterAConfirmedJobStillCountsItPrinted() {
        emulator.printSpeed(SLOW);
        emulator.silentAfterNextAck();

        PrintResult result = printer.print(SampleReceipts.sample("PL-2027-0053"));

        assertThat(result).as("confirmed by the printer: a reprint would duplicate it").isInstanceOf(PrintResult.Printed.class);
        assertThat(EscPosReader.decode(emulator.printed()).barcodes()).contains(new EscPosReader.Barcode("CODE128", "PL-2027-0053"));
        assertThat(printer.status()).isEqualTo(PrinterStatus.OFFLINE);
    }

    @Test
    void aPrinterThatStopsAnsweringMidJobMakesItMayBeIncompleteAfterThePrintTimeout() {
        Duration printTimeout = Duration.ofMillis(1500);
        printer.close(); // the emulator serves one link at a time
        try (EscPosPrinter impatient = new EscPosPrinter(new TcpTransport("127.0.0.1", server.getLocalPort(), Duration.ofSeconds(1)),
                PrinterProfile.paper80mm().withStatusPoll(Duration.ZERO).withStatusTimeout(Duration.ofMillis(200))
                        .withPrintTimeout(printTimeout))) {
            impatient.start();
            emulator.printSpeed(SLOW);
            emulator.silentAfter(200);

            long started = System.nanoTime();
            PrintResult result = impatient.print(SampleReceipts.sample("PL-2027-0054"));
            Duration took = Duration.ofNanos(System.nanoTime() - started);

            assertThat(result).isInstanceOfSatisfying(PrintResult.Failed.class, f -> {
                assertThat(f.reason()).isEqualTo(PrintFailure.OFFLINE);
                assertThat(f.message()).contains("may be incomplete");
            });
            assertThat(took).isGreaterThanOrEqualTo(printTimeout).isLessThan(printTimeout.plusSeconds(3));
        }
    }

    @Test
    void aStoppedJobThatFinishesOnceFixedDoesNotDisturbTheNext() throws InterruptedException {
        emulator.printSpeed(SLOW);
        emulator.paperOutAfter(200);
        assertThat(printer.print(SampleReceipts.sample("PL-2027-0055")).printed()).isFalse();

        emulator.printSpeed(0);
        emulator.paperOut(false);
        Conditions.await("the stopped job finished once paper was back", WAIT, () -> emulator.buffered() == 0);
        emulator.clear();
        PrintResult again = printer.print(SampleReceipts.sample("PL-2027-0055"));

        assertThat(again.printed()).isTrue();
        List<String> ids = EscPosReader.decode(emulator.received()).processIds();
        assertThat(ids).hasSize(1);
    }

    @Test
    void aPrinterWithoutAcknowledgementIsCheckedByStatusRightAfterSending() {
        printer.close(); // the emulator serves one link at a time
        try (EscPosPrinter noAck = new EscPosPrinter(new TcpTransport("127.0.0.1", server.getLocalPort(), Duration.ofSeconds(1)),
                PrinterProfile.paper80mm().withStatusPoll(Duration.ZERO).withStatusTimeout(Duration.ofMillis(300)).withJobAck(false))) {
            noAck.start();
            emulator.clear();
            assertThat(noAck.print(SampleReceipts.sample("PL-2027-0056")).printed()).isTrue();
            EscPosReader.Decoded sent = EscPosReader.decode(emulator.received());
            assertThat(sent.processIds()).isEmpty();
            assertThat(sent.statusRequests()).containsExactly(1, 2, 4, 1, 2, 4);

            emulator.paperOutAfter(100);
            assertThat(noAck.print(SampleReceipts.sample("PL-2027-0057")))
                    .isInstanceOfSatisfying(PrintResult.Failed.class, f -> assertThat(f.reason()).isEqualTo(PrintFailure.PAPER_OUT));
        }
    }

    @Test
    void paperOutBeforeTheJobFailsWithTheReasonAndSendsNothing() {
        emulator.paperOut(true);
        PrintResult result = printer.print(SampleReceipts.sample("PL-1"));

        assertThat(result).isInstanceOfSatisfying(PrintResult.Failed.class, f -> {
            assertThat(f.reason()).isEqualTo(PrintFailure.PAPER_OUT);
            assertThat(f.message()).contains("paper out");
        });
        assertThat(EscPosReader.decode(emulator.received()).initCount()).isZero();
        assertThat(printer.status()).isEqualTo(PrinterStatus.PAPER_OUT);
    }

    @Test
    void paperRunningOutMidJobFailsAndTheSameReceiptPrintsAgainOnceRefilled() {
        emulator.paperOutAfter(200);
        var receipt = SampleReceipts.sample("PL-2027-0043");

        PrintResult first = printer.print(receipt);
        assertThat(first).isInstanceOfSatisfying(PrintResult.Failed.class,
                f -> assertThat(f.reason()).isEqualTo(PrintFailure.PAPER_OUT));
        assertThat(changes).containsExactly(PrinterStatus.ONLINE, PrinterStatus.PAPER_OUT);

        emulator.paperOut(false);
        emulator.paperOutAfter(Long.MAX_VALUE / 2);
        emulator.clear();
        PrintResult again = printer.print(receipt);

        assertThat(again).isInstanceOf(PrintResult.Printed.class);
        assertThat(again.jobId()).isNotEqualTo(first.jobId());
        assertThat(EscPosReader.decode(emulator.received()).barcodes())
                .contains(new EscPosReader.Barcode("CODE128", "PL-2027-0043"));
        assertThat(changes).endsWith(PrinterStatus.ONLINE);
    }

    @Test
    void coverOpenAndNearEndAreReported() {
        emulator.coverOpen(true);
        assertThat(printer.print(SampleReceipts.sample("PL-2")))
                .isInstanceOfSatisfying(PrintResult.Failed.class, f -> assertThat(f.reason()).isEqualTo(PrintFailure.COVER_OPEN));
        emulator.coverOpen(false);
        emulator.nearEnd(true);
        assertThat(printer.status()).isEqualTo(PrinterStatus.PAPER_NEAR_END);
        assertThat(printer.print(SampleReceipts.sample("PL-2")).printed()).isTrue();
    }

    @Test
    void aPrinterThatStopsAnsweringIsOfflineAndComesBack() {
        emulator.silent(true);
        assertThat(printer.print(SampleReceipts.sample("PL-3")))
                .isInstanceOfSatisfying(PrintResult.Failed.class, f -> assertThat(f.reason()).isEqualTo(PrintFailure.OFFLINE));
        emulator.silent(false);
        assertThat(printer.print(SampleReceipts.sample("PL-3")).printed()).isTrue();
    }

    @Test
    void anUnreachablePrinterIsOfflineNotAnException() throws IOException {
        int port;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = s.getLocalPort();
        }
        try (EscPosPrinter absent = new EscPosPrinter(new TcpTransport("127.0.0.1", port, Duration.ofMillis(300)),
                PrinterProfile.paper80mm().withStatusPoll(Duration.ZERO))) {
            absent.start();
            assertThat(absent.status()).isEqualTo(PrinterStatus.OFFLINE);
            assertThat(absent.print(SampleReceipts.sample("PL-4")))
                    .isInstanceOfSatisfying(PrintResult.Failed.class, f -> assertThat(f.reason()).isEqualTo(PrintFailure.OFFLINE));
        }
    }

    @Test
    void printingWhenNotEnabledIsAFailedResult() {
        printer.disable();
        assertThat(printer.print(SampleReceipts.sample("PL-5")))
                .isInstanceOfSatisfying(PrintResult.Failed.class, f -> assertThat(f.reason()).isEqualTo(PrintFailure.NOT_ENABLED));
    }

    static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    static int countStatusRequests(byte[] b, int from, int to) {
        int n = 0;
        for (int i = from; i < to - 2; i++) {
            if (b[i] == 0x10 && b[i + 1] == 0x04) {
                n++;
            }
        }
        return n;
    }
}
