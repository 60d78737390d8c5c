package fr.borne.technician;

import fr.borne.store.Database;
import fr.borne.testsupport.TestClock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class KioskStateTest {

    private static final Instant AT = Instant.parse("2026-12-01T08:00:00Z");

    @TempDir
    Path dir;
    private final TestClock clock = TestClock.at(AT);

    @Test
    void aNewKioskIsInService() {
        try (Database database = Database.open(dir.resolve("borne.db"))) {
            assertThat(new KioskState(database, clock).current()).isEqualTo(ServiceState.initial());
        }
    }

    @Test
    void outOfServiceSurvivesReopeningTheDatabase() {
        Path file = dir.resolve("borne.db");
        try (Database database = Database.open(file)) {
            new KioskState(database, clock).takeOutOfService("T-017", "printer jammed");
        }
        try (Database reopened = Database.open(file)) {
            assertThat(new KioskState(reopened, clock).current()).isEqualTo(new ServiceState(true,
                    Optional.of("printer jammed"), Optional.of(AT), Optional.of("T-017")));
        }
    }

    @Test
    void backInServiceSurvivesReopeningTooAndBothSwitchesAreAudited() {
        Path file = dir.resolve("borne.db");
        try (Database database = Database.open(file)) {
            KioskState state = new KioskState(database, clock);
            state.takeOutOfService("T-017", "printer jammed");
            state.putBackInService("T-018");
        }
        try (Database reopened = Database.open(file)) {
            ServiceState state = new KioskState(reopened, clock).current();
            assertThat(state.outOfService()).isFalse();
            assertThat(state.changedBy()).contains("T-018");
            assertThat(new AuditLog(reopened, clock).recent(10))
                    .extracting(AuditEntry::technicianId, AuditEntry::action)
                    .containsExactly(
                            org.assertj.core.groups.Tuple.tuple("T-018", TechnicianAction.OUT_OF_SERVICE_OFF),
                            org.assertj.core.groups.Tuple.tuple("T-017", TechnicianAction.OUT_OF_SERVICE_ON));
        }
    }
}
