package fr.borne.device.scanner;

import fr.borne.device.serial.PortSelector;
import fr.borne.device.serial.SerialSettings;
import fr.borne.device.testing.EventQueue;
import fr.borne.device.testing.SocatPair;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** The serial scanner over a real pseudo-terminal pair made by socat. */
class SerialScannerTest {

    private static final Duration WAIT = Duration.ofSeconds(5);

    @TempDir
    Path dir;

    private SocatPair cable;
    private SerialScanner scanner;
    private final EventQueue events = new EventQueue();

    @BeforeEach
    void plugIn() throws Exception {
        cable = new SocatPair(dir);
    }

    @AfterEach
    void unplug() throws Exception {
        if (scanner != null) {
            scanner.close();
        }
        cable.close();
    }

    private void start(ScanFraming framing) throws InterruptedException {
        SerialSettings settings = SerialSettings.of(new PortSelector.ByPath(cable.deviceEnd().toString()))
                .withReconnectDelay(Duration.ofMillis(50));
        scanner = new SerialScanner(settings, framing, Clock.systemUTC());
        scanner.addListener(events);
        scanner.start();
        assertThat(events.next(WAIT)).isInstanceOf(ScannerEvent.Connected.class);
    }

    private void send(String text) throws IOException {
        try (OutputStream out = new FileOutputStream(cable.farEnd().toFile())) {
            out.write(text.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
        }
    }

    /** The very next event is this badge: no rejection or other event came before it. */
    private void assertScanned(String code) throws InterruptedException {
        assertThat(events.next(WAIT)).isInstanceOfSatisfying(ScannerEvent.BadgeScanned.class,
                b -> assertThat(b.code()).isEqualTo(code));
    }

    @Test
    void bytesOnTheCableBecomeBadgeEvents() throws Exception {
        start(ScanFraming.defaults());
        send("BADGE-0001\r\n");
        assertThat(events.next(ScannerEvent.BadgeScanned.class, WAIT).code()).isEqualTo("BADGE-0001");
        send("BADGE-0002\r");
        assertThat(events.next(ScannerEvent.BadgeScanned.class, WAIT).code()).isEqualTo("BADGE-0002");
        send("BADGE-0003\n");
        assertThat(events.next(ScannerEvent.BadgeScanned.class, WAIT).code()).isEqualTo("BADGE-0003");
    }

    @Test
    void aFrameSplitAcrossWritesIsRejoined() throws Exception {
        start(ScanFraming.defaults());
        send("BAD");
        send("GE-00");
        send("42\r\n");
        assertThat(events.next(ScannerEvent.BadgeScanned.class, WAIT).code()).isEqualTo("BADGE-0042");
    }

    @Test
    void prefixIsStrippedAndGarbageIsRejectedWithAReason() throws Exception {
        start(ScanFraming.defaults().withFormat(CodeFormat.defaults().withPrefix("]C0")));
        send("]C0BADGE-0007\r\n");
        assertThat(events.next(ScannerEvent.BadgeScanned.class, WAIT).code()).isEqualTo("BADGE-0007");
        send("BADGE-0007\r\n");
        assertThat(events.next(ScannerEvent.ScanRejected.class, WAIT).reason()).isEqualTo(RejectReason.MISSING_PREFIX);
        send("]C0BA\u0001\u00ffGE\r\n");
        assertThat(events.next(ScannerEvent.ScanRejected.class, WAIT).reason()).isEqualTo(RejectReason.INVALID_CHARACTER);
        send("]C0" + "X".repeat(40) + "\r\n");
        assertThat(events.next(ScannerEvent.ScanRejected.class, WAIT).reason()).isEqualTo(RejectReason.TOO_LONG);
    }

    @Test
    void aScannerSendingStxCodeEtxScans() throws Exception {
        start(ScanFraming.defaults().withSuffix(Suffix.parse("hex:03"))
                .withFormat(CodeFormat.defaults().withPrefix(new String(ByteSequence.parse("hex:02"), StandardCharsets.ISO_8859_1))));
        send("\u0002BADGE-0500\u0003\u0002BADGE-0501\u0003");
        assertScanned("BADGE-0500");
        assertScanned("BADGE-0501");
    }

    @Test
    void aScanCutByACablePullIsDroppedSilentlyNotRejected() throws Exception {
        // An idle gap far longer than the test: only the pull can end the half frame.
        start(ScanFraming.defaults().withIdleGap(Duration.ofMinutes(5)));
        send("BADGE-06");
        cable.unplug();
        assertThat(events.next(WAIT)).as("no rejection beeped for a cable pull").isInstanceOf(ScannerEvent.Disconnected.class);

        cable.start();
        assertThat(events.next(WAIT)).isInstanceOf(ScannerEvent.Connected.class);
        send("BADGE-0600\r\n");
        assertScanned("BADGE-0600");
    }

    @Test
    void scannerWithoutSuffixIsFramedByTheIdleGap() throws Exception {
        start(ScanFraming.defaults().withSuffix(Suffix.NONE).withIdleGap(Duration.ofMillis(40)));
        send("BADGE-0100");
        assertThat(events.next(ScannerEvent.BadgeScanned.class, WAIT).code()).isEqualTo("BADGE-0100");
    }

    @Test
    void anUnterminatedFrameIsRejectedAsIncompleteAfterTheIdleGap() throws Exception {
        start(ScanFraming.defaults().withIdleGap(Duration.ofMillis(40)));
        send("BADGE-01");
        assertThat(events.next(ScannerEvent.ScanRejected.class, WAIT).reason()).isEqualTo(RejectReason.INCOMPLETE);
        send("BADGE-0200\r\n");
        assertThat(events.next(ScannerEvent.BadgeScanned.class, WAIT).code()).isEqualTo("BADGE-0200");
    }

    @Test
    void theSameBadgeTwiceInTheWindowIsReportedOnce() throws Exception {
        start(ScanFraming.defaults().withDuplicateWindow(Duration.ofMinutes(1)));
        send("BADGE-0300\r\nBADGE-0300\r\nBADGE-0301\r\n");
        assertThat(events.next(ScannerEvent.BadgeScanned.class, WAIT).code()).isEqualTo("BADGE-0300");
        assertThat(events.next(ScannerEvent.BadgeScanned.class, WAIT).code()).isEqualTo("BADGE-0301");
    }

    @Test
    void unplugIsSeenAsDisconnectedAndReplugAsConnected() throws Exception {
        start(ScanFraming.defaults());
        assertThat(scanner.connected()).isTrue();

        cable.unplug();
        events.next(ScannerEvent.Disconnected.class, WAIT);
        assertThat(scanner.connected()).isFalse();

        cable.start();
        events.next(ScannerEvent.Connected.class, WAIT);
        send("BADGE-0400\r\n");
        assertThat(events.next(ScannerEvent.BadgeScanned.class, WAIT).code()).isEqualTo("BADGE-0400");
    }

    @Test
    void aMissingPortIsReportedDisconnectedThenConnectedWhenItAppears() throws Exception {
        cable.unplug();
        SerialSettings settings = SerialSettings.of(new PortSelector.ByPath(cable.deviceEnd().toString()))
                .withReconnectDelay(Duration.ofMillis(50));
        scanner = new SerialScanner(settings, ScanFraming.defaults(), Clock.systemUTC());
        scanner.addListener(events);
        scanner.start();
        assertThat(events.next(WAIT)).isInstanceOf(ScannerEvent.Disconnected.class);
        cable.start();
        events.next(ScannerEvent.Connected.class, WAIT);
    }
}
