package fr.borne.device.printer;

import fr.borne.device.serial.PortSelector;
import fr.borne.device.serial.SerialSettings;
import fr.borne.device.testing.Conditions;
import fr.borne.device.testing.EscPosReader;
import fr.borne.device.testing.PrinterEmulator;
import fr.borne.device.testing.SocatPair;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** The ESC/POS printer over a real pseudo-terminal pair; the far end decodes the bytes and answers status. */
class SerialPrinterTest {

    @TempDir
    Path dir;

    private SocatPair cable;
    private final PrinterEmulator emulator = new PrinterEmulator();
    private EscPosPrinter printer;

    @BeforeEach
    void plugIn() throws Exception {
        cable = new SocatPair(dir);
        serveFarEnd();
        SerialSettings settings = SerialSettings.of(new PortSelector.ByPath(cable.deviceEnd().toString()));
        printer = new EscPosPrinter(new SerialTransport(settings),
                PrinterProfile.paper80mm().withStatusPoll(Duration.ZERO).withStatusTimeout(Duration.ofMillis(300)));
        printer.start();
    }

    @AfterEach
    void unplug() throws Exception {
        printer.close();
        cable.close();
    }

    private void serveFarEnd() {
        Path far = cable.farEnd();
        Thread t = new Thread(() -> {
            try (FileInputStream in = new FileInputStream(far.toFile()); FileOutputStream out = new FileOutputStream(far.toFile())) {
                emulator.serve(in, out);
            } catch (IOException e) {
                // the cable was pulled
            }
        }, "far-end printer");
        t.setDaemon(true);
        t.start();
    }

    @Test
    void theReceiptArrivesAsEscPosWithCodePageAccentsBarcodeAndCut() {
        emulator.clear();
        PrintResult result = printer.print(SampleReceipts.sample("PL-2027-0042"));

        assertThat(result.printed()).isTrue();
        EscPosReader.Decoded paper = EscPosReader.decode(emulator.received());
        assertThat(paper.initCount()).isEqualTo(1);
        assertThat(paper.codePages()).containsExactly(19);
        assertThat(paper.texts()).contains("Réservé à Noël, façade où hôte : coeur 5 €, è");
        assertThat(paper.lineContaining("Parloir confirm")).satisfies(l -> {
            assertThat(l.doubleSize()).isTrue();
            assertThat(l.bold()).isTrue();
            assertThat(l.alignment()).isEqualTo(1);
        });
        assertThat(paper.lineContaining("Présentez-vous").bold()).isTrue();
        assertThat(paper.lineContaining("droite").alignment()).isEqualTo(2);
        assertThat(paper.barcodes()).containsExactly(
                new EscPosReader.Barcode("CODE128", "PL-2027-0042"),
                new EscPosReader.Barcode("QR", "https://example.invalid/r/PL-2027-0042"));
        assertThat(paper.cuts()).isEqualTo(1);
        assertThat(paper.cutAtLineStart()).isTrue();
        assertThat(paper.statusRequests()).startsWith(1, 2, 4);
        assertThat(paper.processIds()).hasSize(1);
    }

    @Test
    void unpluggedIsOfflineAndReplugPrintsAgain() throws Exception {
        assertThat(printer.status()).isEqualTo(PrinterStatus.ONLINE);
        cable.unplug();

        PrintResult failed = printer.print(SampleReceipts.sample("PL-7"));
        assertThat(failed).isInstanceOfSatisfying(PrintResult.Failed.class,
                f -> assertThat(f.reason()).isIn(PrintFailure.OFFLINE, PrintFailure.WRITE_ERROR));
        assertThat(printer.status()).isEqualTo(PrinterStatus.OFFLINE);

        cable.start();
        serveFarEnd();
        Conditions.await("printer back online", Duration.ofSeconds(5), () -> printer.status() == PrinterStatus.ONLINE);
        emulator.clear();
        assertThat(printer.print(SampleReceipts.sample("PL-7")).printed()).isTrue();
        assertThat(EscPosReader.decode(emulator.received()).barcodes()).contains(new EscPosReader.Barcode("CODE128", "PL-7"));
    }
}
