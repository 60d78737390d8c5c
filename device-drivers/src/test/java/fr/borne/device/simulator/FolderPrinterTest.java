package fr.borne.device.simulator;

import fr.borne.device.printer.PrintFailure;
import fr.borne.device.printer.PrintResult;
import fr.borne.device.printer.PrinterProfile;
import fr.borne.device.printer.PrinterStatus;
import fr.borne.device.printer.SampleReceipts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class FolderPrinterTest {

    @TempDir
    Path dir;

    @Test
    void eachReceiptBecomesAPngAndATextFile() throws Exception {
        try (FolderPrinter printer = new FolderPrinter(dir.resolve("receipts"), PrinterProfile.paper80mm(), Clock.systemUTC())) {
            printer.start();
            assertThat(printer.print(SampleReceipts.sample("PL-9")).printed()).isTrue();

            List<Path> files;
            try (Stream<Path> s = Files.list(dir.resolve("receipts"))) {
                files = s.sorted().toList();
            }
            assertThat(files).hasSize(2);
            Path png = files.stream().filter(p -> p.toString().endsWith(".png")).findFirst().orElseThrow();
            Path txt = files.stream().filter(p -> p.toString().endsWith(".txt")).findFirst().orElseThrow();
            assertThat(ImageIO.read(png.toFile()).getWidth()).isEqualTo(576);
            assertThat(Files.readString(txt)).contains("Parloir confirmé", "cœur 5 €", "[CODE128: PL-9]");
        }
    }

    @Test
    void aStatusFileRehearsesPaperOut() throws Exception {
        try (FolderPrinter printer = new FolderPrinter(dir, PrinterProfile.paper80mm(), Clock.systemUTC())) {
            printer.start();
            Files.writeString(dir.resolve(FolderPrinter.STATUS_FILE), "paper_out\n");
            assertThat(printer.status()).isEqualTo(PrinterStatus.PAPER_OUT);
            assertThat(printer.print(SampleReceipts.sample("PL-10")))
                    .isInstanceOfSatisfying(PrintResult.Failed.class, f -> assertThat(f.reason()).isEqualTo(PrintFailure.PAPER_OUT));
            Files.delete(dir.resolve(FolderPrinter.STATUS_FILE));
            assertThat(printer.print(SampleReceipts.sample("PL-10")).printed()).isTrue();
        }
    }
}
