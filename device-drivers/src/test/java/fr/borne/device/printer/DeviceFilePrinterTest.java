package fr.borne.device.printer;

import fr.borne.device.testing.Conditions;
import fr.borne.device.testing.EscPosReader;
import fr.borne.device.testing.PrinterEmulator;
import fr.borne.device.testing.SocatPair;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/** The file printer path ({@code printer=usb}) on a plain file, on named pipes with and without a reader, and on a
 * character device that answers (a pseudo-terminal with the fake printer at its far end). */
class DeviceFilePrinterTest {

    private static final Duration OPEN_TIMEOUT = Duration.ofMillis(300);
    private static final Duration BOUND = Duration.ofSeconds(5);
    private static final PrinterProfile PROFILE = PrinterProfile.paper80mm().withStatusPoll(Duration.ZERO)
            .withStatusTimeout(Duration.ofMillis(300)).withPrintTimeout(Duration.ofSeconds(5));

    @TempDir
    Path dir;

    private EscPosPrinter printer;

    @AfterEach
    void close() {
        if (printer != null) {
            printer.close();
        }
    }

    private EscPosPrinter printerOn(Path path) {
        return printerOn(path, OPEN_TIMEOUT);
    }

    private EscPosPrinter printerOn(Path path, Duration openTimeout) {
        printer = new EscPosPrinter(new DeviceFileTransport(path, true, openTimeout, Duration.ofSeconds(2)), PROFILE);
        return printer;
    }

    @Test
    void aPlainFileIsOnlineAndGetsExactlyTheReceiptAppended() throws IOException {
        Path file = Files.createFile(dir.resolve("receipts.bin"));
        printerOn(file).start();

        assertThat(printer.status()).isEqualTo(PrinterStatus.ONLINE);
        assertThat(printer.print(SampleReceipts.sample("PL-10")).printed()).isTrue();
        assertThat(printer.print(SampleReceipts.sample("PL-11")).printed()).isTrue();

        EscPosReader.Decoded paper = EscPosReader.decode(Files.readAllBytes(file));
        assertThat(paper.barcodes()).extracting(EscPosReader.Barcode::data).containsSubsequence("PL-10", "PL-11");
        assertThat(paper.statusRequests()).as("a file is never asked anything").isEmpty();
        assertThat(paper.processIds()).isEmpty();
    }

    @Test
    void aMissingFileIsOffline() {
        printerOn(dir.resolve("lp0")).start();
        assertThat(printer.status()).isEqualTo(PrinterStatus.OFFLINE);
        assertThat(Files.exists(dir.resolve("lp0"))).as("a device path is never created").isFalse();
    }

    @Test
    void aPipeWithAReaderGetsEveryByteAndTheDriverReadsNoneOfItsOwnOutput() throws Exception {
        Path fifo = fifo();
        PipeReader reader = new PipeReader(fifo);
        printerOn(fifo, BOUND).start(); // opens as soon as the reader thread does

        assertThat(printer.print(SampleReceipts.sample("PL-12")).printed()).isTrue();

        byte[] expected = new EscPosRenderer(PROFILE).render(SampleReceipts.sample("PL-12"));
        Conditions.await("the receipt through the pipe", BOUND, () -> reader.bytes().length >= expected.length);
        assertThat(reader.bytes()).isEqualTo(expected);
    }

    @Test
    void aPipeWithNoReaderFailsWithinABoundAndReleasesThePrinter() throws Exception {
        Path fifo = fifo();
        printerOn(fifo);

        assertTimeoutPreemptively(BOUND, () -> printer.start());
        PrintResult result = assertTimeoutPreemptively(BOUND, () -> printer.print(SampleReceipts.sample("PL-13")));
        assertThat(result).isInstanceOfSatisfying(PrintResult.Failed.class,
                f -> assertThat(f.reason()).isEqualTo(PrintFailure.OFFLINE));
        assertThat(assertTimeoutPreemptively(BOUND, () -> printer.status())).isEqualTo(PrinterStatus.OFFLINE);

        PipeReader reader = new PipeReader(fifo);
        // As the kiosk would: print again until it goes through (the reader thread may take a moment to open).
        Conditions.await("a receipt printed once someone reads", BOUND, () -> printer.print(SampleReceipts.sample("PL-13")).printed());
        Conditions.await("the receipt through the pipe", BOUND,
                () -> EscPosReader.decode(reader.bytes()).barcodes().contains(new EscPosReader.Barcode("CODE128", "PL-13")));
    }

    @Test
    void aWriteNobodyTakesIsAbortedAfterTheWriteTimeout() throws Exception {
        Path fifo = fifo();
        try (InputStream neverRead = openReaderInBackground(fifo);
             PrinterConnection link = new DeviceFileTransport(fifo, true, OPEN_TIMEOUT, Duration.ofMillis(300)).connect()) {
            // Far more than a pipe holds, and the reader never reads.
            assertTimeoutPreemptively(BOUND, () -> assertThatThrownBy(() -> link.write(new byte[4 << 20]))
                    .isInstanceOf(IOException.class).hasMessageContaining("took no bytes"));
        }
    }

    @Test
    void aCharacterDeviceThatAnswersIsAskedItsStatusAndConfirmsJobs() throws Exception {
        try (SocatPair cable = new SocatPair(dir); PrinterEmulator emulator = new PrinterEmulator()) {
            Thread far = new Thread(() -> {
                try (FileInputStream in = new FileInputStream(cable.farEnd().toFile());
                     FileOutputStream out = new FileOutputStream(cable.farEnd().toFile())) {
                    emulator.serve(in, out);
                } catch (IOException e) {
                    // the cable was pulled at the end of the test
                }
            }, "far-end printer");
            far.setDaemon(true);
            far.start();
            printerOn(cable.deviceEnd()).start();

            assertThat(printer.print(SampleReceipts.sample("PL-14")).printed()).isTrue();
            assertThat(EscPosReader.decode(emulator.received()).processIds()).hasSize(1);
            emulator.paperOut(true);
            assertThat(printer.status()).isEqualTo(PrinterStatus.PAPER_OUT);
            printer.close();
        }
    }

    private Path fifo() throws IOException, InterruptedException {
        Path fifo = dir.resolve("printer.fifo");
        Process mk = new ProcessBuilder("mkfifo", fifo.toString()).inheritIO().start();
        assertThat(mk.waitFor()).isZero();
        return fifo;
    }

    /** Opens the pipe for reading on a daemon thread (the open waits for a writer) and hands the stream back. */
    private static InputStream openReaderInBackground(Path fifo) throws Exception {
        CompletableFuture<InputStream> opened = new CompletableFuture<>();
        Thread t = new Thread(() -> {
            try {
                opened.complete(new FileInputStream(fifo.toFile()));
            } catch (IOException e) {
                opened.completeExceptionally(e);
            }
        }, "stalled pipe reader");
        t.setDaemon(true);
        t.start();
        return new InputStream() {
            @Override
            public int read() {
                throw new UnsupportedOperationException("this reader never reads");
            }

            @Override
            public void close() throws IOException {
                if (opened.isDone() && !opened.isCompletedExceptionally()) {
                    opened.join().close();
                }
            }
        };
    }

    /** Reads a pipe on a daemon thread, as a print spooler would. */
    private static final class PipeReader {
        private final ByteArrayOutputStream received = new ByteArrayOutputStream();

        PipeReader(Path fifo) {
            Thread t = new Thread(() -> {
                byte[] buffer = new byte[4096];
                try (FileInputStream in = new FileInputStream(fifo.toFile())) {
                    int n;
                    while ((n = in.read(buffer)) >= 0) {
                        synchronized (received) {
                            received.write(buffer, 0, n);
                        }
                    }
                } catch (IOException e) {
                    // the test is over
                }
            }, "pipe reader");
            t.setDaemon(true);
            t.start();
        }

        byte[] bytes() {
            synchronized (received) {
                return received.toByteArray();
            }
        }
    }
}
