package fr.borne.device;

import fr.borne.device.printer.EscPosRenderer;
import fr.borne.device.printer.PrinterProfile;
import fr.borne.device.printer.SampleReceipts;
import fr.borne.device.receipt.Receipt;
import fr.borne.device.receipt.ReceiptImageRenderer;
import fr.borne.device.scanner.ScanFraming;
import fr.borne.device.scanner.ScannerEvent;
import fr.borne.device.scanner.SerialScanner;
import fr.borne.device.serial.PortSelector;
import fr.borne.device.serial.SerialSettings;
import fr.borne.device.testing.SocatPair;

import java.io.FileOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Speed figures (a harness, not a test): scan latency from the last byte written to a socat pseudo-terminal until
 * the badge event, over 1,000 scans; and the time to render one receipt to ESC/POS and to PNG.
 * Run: {@code mvn -q -pl device-drivers test-compile exec:exec@bench}.
 */
public final class DeviceBenchmark {

    private static final int SCANS = 1000;
    private static final int WARMUP_SCANS = 200;

    public static void main(String[] args) throws Exception {
        if (!Arrays.asList(args).contains("--rendering-only")) {
            scanLatency();
        }
        rendering();
    }

    private static void scanLatency() throws Exception {
        Path dir = Files.createTempDirectory("borne-bench");
        try (SocatPair cable = new SocatPair(dir)) {
            BlockingQueue<Long> arrivals = new LinkedBlockingQueue<>();
            SerialSettings settings = SerialSettings.of(new PortSelector.ByPath(cable.deviceEnd().toString()));
            try (SerialScanner scanner = new SerialScanner(settings, ScanFraming.defaults(), Clock.systemUTC());
                 OutputStream far = new FileOutputStream(cable.farEnd().toFile())) {
                scanner.addListener(e -> {
                    if (e instanceof ScannerEvent.BadgeScanned) {
                        arrivals.add(System.nanoTime());
                    }
                });
                scanner.start();
                long[] micros = new long[SCANS];
                for (int i = 0; i < WARMUP_SCANS + SCANS; i++) {
                    byte[] frame = String.format("BADGE-%06d\r\n", i).getBytes(StandardCharsets.US_ASCII);
                    far.write(frame);
                    far.flush();
                    long written = System.nanoTime();
                    Long arrived = arrivals.poll(5, TimeUnit.SECONDS);
                    if (arrived == null) {
                        throw new IllegalStateException("scan " + i + " never arrived");
                    }
                    if (i >= WARMUP_SCANS) {
                        micros[i - WARMUP_SCANS] = (arrived - written) / 1000;
                    }
                }
                Arrays.sort(micros);
                System.out.printf("scan latency over %d scans (socat pty): median %.3f ms, p99 %.3f ms, max %.3f ms%n",
                        SCANS, micros[SCANS / 2] / 1000.0, micros[SCANS * 99 / 100] / 1000.0, micros[SCANS - 1] / 1000.0);
            }
        }
    }

    private static void rendering() {
        Receipt receipt = SampleReceipts.sample("PL-2027-0042");
        EscPosRenderer escPos = new EscPosRenderer(PrinterProfile.paper80mm());
        System.out.printf("receipt to ESC/POS (native barcodes): median %.3f ms%n", median(2000, () -> escPos.render(receipt)));
        EscPosRenderer raster = new EscPosRenderer(PrinterProfile.paper80mm().withBarcodes(fr.borne.device.printer.BarcodeMode.RASTER));
        System.out.printf("receipt to ESC/POS (raster barcodes): median %.3f ms%n", median(500, () -> raster.render(receipt)));
        ReceiptImageRenderer png = new ReceiptImageRenderer(48, 576);
        System.out.printf("receipt to PNG (576 px): median %.3f ms%n", median(200, () -> png.renderPng(receipt)));
        Receipt arabic = withArabicPart(receipt);
        System.out.printf("receipt with an Arabic part (14 shaped paragraphs as GS v 0) to ESC/POS: median %.3f ms%n",
                median(200, () -> escPos.render(arabic)));
        System.out.printf("receipt with an Arabic part to PNG (576 px): median %.3f ms%n",
                median(100, () -> png.renderPng(arabic)));
    }

    /** The sample, then as many Arabic paragraphs as the kiosk's visitor part prints. */
    private static Receipt withArabicPart(Receipt french) {
        Receipt.Builder builder = Receipt.builder();
        french.elements().forEach(builder::add);
        builder.separator('=').title("الأربعاء 9 ديسمبر 2026").title("على الساعة 13:30");
        for (int i = 0; i < 12; i++) {
            builder.line("ضع الهاتف والمال والمفاتيح والأغراض الشخصية في خزانة، واحتفظ بالمفتاح معك.");
        }
        return builder.build();
    }

    private static double median(int runs, Runnable work) {
        for (int i = 0; i < runs / 2; i++) {
            work.run();
        }
        long[] nanos = new long[runs];
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            work.run();
            nanos[i] = System.nanoTime() - start;
        }
        Arrays.sort(nanos);
        return nanos[runs / 2] / 1e6;
    }

    private DeviceBenchmark() {
    }
}
