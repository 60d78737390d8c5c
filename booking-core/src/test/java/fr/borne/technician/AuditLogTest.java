package fr.borne.technician;

import fr.borne.store.Database;
import fr.borne.testsupport.TestClock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class AuditLogTest {

    @TempDir
    Path dir;
    private final TestClock clock = TestClock.at(Instant.parse("2026-12-01T08:00:00Z"));

    @Test
    void entriesWaitToBePushedUntilMarkedPushed() {
        try (Database database = Database.open(dir.resolve("borne.db"))) {
            AuditLog log = new AuditLog(database, clock);
            AuditEntry first = log.record("T-017", TechnicianAction.STATUS, "status shown");
            clock.advance(Duration.ofSeconds(1));
            AuditEntry second = log.record("T-017", TechnicianAction.DEVICE_TEST, "printer: printed");

            assertThat(log.toPush(10)).extracting(AuditEntry::id).containsExactly(first.id(), second.id());
            log.markPushed(List.of(first.id()));
            assertThat(log.toPush(10)).containsExactly(second);
            assertThat(log.recent(10)).extracting(AuditEntry::pushed).containsExactly(false, true);
        }
    }

    @Test
    void overlongDetailIsCut() {
        try (Database database = Database.open(dir.resolve("borne.db"))) {
            AuditEntry entry = new AuditLog(database, clock).record("T-017", TechnicianAction.STATUS, "x".repeat(2_000));
            assertThat(entry.detail()).hasSize(AuditLog.MAX_DETAIL);
            assertThat(new AuditLog(database, clock).recent(1).get(0).detail()).hasSize(AuditLog.MAX_DETAIL);
        }
    }
}
