package fr.borne.device.printer;

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
    }

    @Test
    void aReceiptIsPrintedWithStatusAskedBeforeAndAfter() {
        emulator.clear();
        PrintResult result = printer.print(SampleReceipts.sample("PL-2027-0042"));

        assertThat(result).isInstanceOf(PrintResult.Printed.class);
        EscPosReader.Decoded paper = EscPosReader.decode(emulator.received());
        assertThat(paper.barcodes()).contains(new EscPosReader.Barcode("CODE128", "PL-2027-0042"));
        assertThat(paper.cuts()).isEqualTo(1);
        byte[] bytes = emulator.received();
        int receiptStart = indexOf(bytes, new byte[]{0x1B, '@'});
        int cut = indexOf(bytes, new byte[]{0x1D, 'V'});
        assertThat(countStatusRequests(bytes, 0, receiptStart)).as("status asked before the receipt").isEqualTo(3);
        assertThat(countStatusRequests(bytes, cut, bytes.length)).as("status asked after the receipt").isEqualTo(3);
        assertThat(changes).containsExactly(PrinterStatus.ONLINE);
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
