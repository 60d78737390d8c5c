package fr.borne.device.scanner;

import fr.borne.device.testing.EventQueue;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

class ScanReporterTest {

    private final EventQueue queue = new EventQueue();
    private final ScannerEvents events = new ScannerEvents();
    private final AtomicBoolean enabled = new AtomicBoolean(true);
    private final AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2027-03-01T09:00:00Z"));
    private final Clock clock = new Clock() {
        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now.get();
        }
    };
    private final ScanReporter reporter = new ScanReporter("test", events, Duration.ofSeconds(2), clock, enabled::get);

    ScanReporterTest() {
        events.add(queue);
    }

    @Test
    void scansAreDroppedWhileDisabled() {
        enabled.set(false);
        reporter.report(new FrameResult.Accepted("BADGE-1"));
        reporter.report(new FrameResult.Rejected(RejectReason.TOO_LONG, 40));
        assertThat(queue.drain()).isEmpty();
        enabled.set(true);
        reporter.report(new FrameResult.Accepted("BADGE-1"));
        assertThat(queue.drain()).singleElement().isInstanceOf(ScannerEvent.BadgeScanned.class);
    }

    @Test
    void aRepeatInsideTheWindowIsDroppedAndAfterItIsReportedAgain() {
        reporter.report(new FrameResult.Accepted("BADGE-1"));
        now.set(now.get().plusMillis(1500));
        reporter.report(new FrameResult.Accepted("BADGE-1"));
        assertThat(queue.drain()).hasSize(1);
        now.set(now.get().plusSeconds(3));
        reporter.report(new FrameResult.Accepted("BADGE-1"));
        reporter.report(new FrameResult.Accepted("BADGE-2"));
        reporter.report(new FrameResult.Accepted("BADGE-1"));
        assertThat(queue.drain()).hasSize(3);
    }

    @Test
    void connectionChangesAreReportedOnceEach() {
        reporter.disconnected();
        reporter.disconnected();
        reporter.connected();
        reporter.connected();
        assertThat(queue.drain()).extracting(e -> e.getClass().getSimpleName()).containsExactly("Disconnected", "Connected");
    }

    @Test
    void aFailingListenerDoesNotStopTheOthers() {
        ScannerEvents shared = new ScannerEvents();
        shared.add(e -> {
            throw new IllegalStateException("listener bug");
        });
        shared.add(queue);
        new ScanReporter("test", shared, Duration.ZERO, clock, () -> true).report(new FrameResult.Accepted("BADGE-9"));
        assertThat(queue.drain()).hasSize(1);
    }

    @Test
    void badgeEventsNeverPrintTheCode() {
        assertThat(new ScannerEvent.BadgeScanned("SECRET-42", Instant.EPOCH).toString()).doesNotContain("SECRET");
    }
}
