package fr.borne.device.simulator;

import fr.borne.device.scanner.RejectReason;
import fr.borne.device.scanner.ScanFraming;
import fr.borne.device.scanner.ScannerEvent;
import fr.borne.device.testing.EventQueue;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.FileOutputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class SimulatedScannerTest {

    private static final Duration WAIT = Duration.ofSeconds(5);

    @TempDir
    Path dir;

    private final EventQueue events = new EventQueue();
    private SimulatedScanner scanner;

    @AfterEach
    void stop() {
        if (scanner != null) {
            scanner.close();
        }
    }

    @Test
    void aLineSentToTheTcpPortIsAScan() throws Exception {
        scanner = new SimulatedScanner(0, Optional.empty(), ScanFraming.defaults(), Clock.systemUTC());
        scanner.addListener(events);
        scanner.start();
        events.next(ScannerEvent.Connected.class, WAIT);

        try (Socket s = new Socket(InetAddress.getLoopbackAddress(), scanner.tcpPort().orElseThrow());
             OutputStream out = s.getOutputStream()) {
            out.write("DEMO-0001\nnot a badge!\n".getBytes(StandardCharsets.US_ASCII));
        }
        assertThat(events.next(ScannerEvent.BadgeScanned.class, WAIT).code()).isEqualTo("DEMO-0001");
        assertThat(events.next(ScannerEvent.ScanRejected.class, WAIT).reason()).isEqualTo(RejectReason.INVALID_CHARACTER);
    }

    @Test
    void aLineWrittenToTheNamedPipeIsAScan() throws Exception {
        Path pipe = dir.resolve("scanner");
        scanner = new SimulatedScanner(-1, Optional.of(pipe), ScanFraming.defaults(), Clock.systemUTC());
        scanner.addListener(events);
        scanner.start();
        events.next(ScannerEvent.Connected.class, WAIT);
        fr.borne.device.testing.Conditions.await("pipe created", WAIT, () -> java.nio.file.Files.exists(pipe));

        try (OutputStream out = new FileOutputStream(pipe.toFile())) {
            out.write("DEMO-0002\n".getBytes(StandardCharsets.US_ASCII));
        }
        assertThat(events.next(ScannerEvent.BadgeScanned.class, WAIT).code()).isEqualTo("DEMO-0002");
        try (OutputStream out = new FileOutputStream(pipe.toFile())) {
            out.write("DEMO-0003\n".getBytes(StandardCharsets.US_ASCII));
        }
        assertThat(events.next(ScannerEvent.BadgeScanned.class, WAIT).code()).isEqualTo("DEMO-0003");
    }
}
