package fr.borne.technician;

import fr.borne.store.Database;
import fr.borne.testsupport.TestClock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class SyncNowRequestsTest {

    @TempDir
    Path dir;
    private final TestClock clock = TestClock.at(Instant.parse("2026-12-01T08:00:00Z"));

    @Test
    void theAgentHandlesRequestsMadeBeforeItsPassOnly() {
        try (Database database = Database.open(dir.resolve("borne.db"))) {
            SyncNowRequests requests = new SyncNowRequests(database, clock);
            SyncNowRequests.Request early = requests.request("T-017");
            clock.advance(Duration.ofSeconds(2));
            Instant passStarted = clock.instant();
            clock.advance(Duration.ofSeconds(1));
            SyncNowRequests.Request during = requests.request("T-017");

            assertThat(requests.anyOpen()).isTrue();
            assertThat(requests.markHandled(passStarted)).isEqualTo(1);
            assertThat(requests.find(early.id()).orElseThrow().handledAt()).contains(clock.instant());
            assertThat(requests.find(during.id()).orElseThrow().handledAt()).isEmpty();
            assertThat(requests.anyOpen()).isTrue();
            assertThat(new AuditLog(database, clock).recent(5)).extracting(AuditEntry::action)
                    .containsOnly(TechnicianAction.SYNC_NOW);
        }
    }
}
