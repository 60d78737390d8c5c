package fr.borne.device.simulator;

import fr.borne.device.AbstractDevice;
import fr.borne.device.printer.PrintFailure;
import fr.borne.device.printer.PrintResult;
import fr.borne.device.printer.PrinterProfile;
import fr.borne.device.printer.PrinterStatus;
import fr.borne.device.printer.PrinterStatusListener;
import fr.borne.device.printer.PrinterStatusListeners;
import fr.borne.device.printer.ReceiptPrinter;
import fr.borne.device.receipt.Receipt;
import fr.borne.device.receipt.ReceiptImageRenderer;
import fr.borne.device.receipt.ReceiptLayout;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A printer that writes each receipt into a folder as {@code receipt-<time>-<job>.png} (what the paper would show)
 * and {@code .txt}. To rehearse failures, write a status name ({@code PAPER_OUT}, {@code COVER_OPEN},
 * {@code OFFLINE}, {@code PAPER_NEAR_END}) into the folder's {@code status} file; delete it to get back online.
 */
public final class FolderPrinter extends AbstractDevice implements ReceiptPrinter {

    public static final String STATUS_FILE = "status";

    private static final Logger LOG = LoggerFactory.getLogger(FolderPrinter.class);
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS").withZone(ZoneOffset.UTC);

    private final Path folder;
    private final Clock clock;
    private final ReceiptImageRenderer image;
    private final ReceiptLayout text;
    private final PrinterStatusListeners statuses;
    private final AtomicLong jobs = new AtomicLong();

    public FolderPrinter(Path folder, PrinterProfile profile, Clock clock) {
        super("simulated printer " + folder);
        this.folder = folder;
        this.clock = clock;
        this.image = new ReceiptImageRenderer(profile.columns(), profile.dotsPerLine());
        this.text = new ReceiptLayout(profile.columns());
        this.statuses = new PrinterStatusListeners(name());
    }

    public Path folder() {
        return folder;
    }

    @Override
    protected void onClaim() {
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            LOG.error("{}: cannot create folder: {}", name(), e.getMessage());
        }
        status();
    }

    @Override
    protected void onRelease() {
        statuses.update(PrinterStatus.OFFLINE);
    }

    @Override
    public PrintResult print(Receipt receipt) {
        long job = jobs.incrementAndGet();
        if (!isEnabled()) {
            return new PrintResult.Failed(job, PrintFailure.NOT_ENABLED, "the printer is not enabled");
        }
        PrinterStatus status = status();
        if (!status.canPrint()) {
            return new PrintResult.Failed(job, PrintFailure.of(status), "simulated printer is " + status + ": not printed");
        }
        String base = "receipt-" + STAMP.format(clock.instant()) + "-" + job;
        try {
            Files.write(folder.resolve(base + ".png"), image.renderPng(receipt));
            Files.writeString(folder.resolve(base + ".txt"), text.toText(receipt), StandardCharsets.UTF_8);
        } catch (IOException e) {
            LOG.warn("{}: job {} not written: {}", name(), job, e.getMessage());
            statuses.update(PrinterStatus.OFFLINE);
            return new PrintResult.Failed(job, PrintFailure.WRITE_ERROR, "cannot write the receipt file: " + e.getMessage());
        }
        LOG.info("{}: job {} written as {}.png", name(), job, base);
        return new PrintResult.Printed(job);
    }

    @Override
    public PrinterStatus status() {
        PrinterStatus s = readStatusFile();
        statuses.update(s);
        return s;
    }

    @Override
    public void addStatusListener(PrinterStatusListener listener) {
        statuses.add(listener);
    }

    @Override
    public void removeStatusListener(PrinterStatusListener listener) {
        statuses.remove(listener);
    }

    private PrinterStatus readStatusFile() {
        if (!Files.isDirectory(folder)) {
            return PrinterStatus.OFFLINE;
        }
        Path file = folder.resolve(STATUS_FILE);
        if (!Files.exists(file)) {
            return PrinterStatus.ONLINE;
        }
        try {
            return PrinterStatus.valueOf(Files.readString(file, StandardCharsets.UTF_8).strip().toUpperCase(Locale.ROOT));
        } catch (IOException | IllegalArgumentException e) {
            LOG.warn("{}: unreadable status file, treating as offline", name());
            return PrinterStatus.OFFLINE;
        }
    }
}
