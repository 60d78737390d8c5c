package fr.borne.ctl;

import fr.borne.booking.Booking;
import fr.borne.booking.BookingStatus;
import fr.borne.booking.Channel;
import fr.borne.store.BookingJson;
import fr.borne.store.Database;
import fr.borne.store.OutboxKind;
import fr.borne.store.OutboxRepository;
import fr.borne.store.ParkedChangeRepository;
import fr.borne.store.Sql;
import fr.borne.technician.AccessResult;
import fr.borne.technician.AuditEntry;
import fr.borne.technician.AuditLog;
import fr.borne.technician.KioskState;
import fr.borne.technician.SyncNowRequests;
import fr.borne.technician.TechnicianAccess;
import fr.borne.technician.TechnicianAction;
import fr.borne.testsupport.Eventually;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.FileOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class BorneCtlTest {

    private static final Instant NOW = Instant.parse("2026-12-01T08:00:00Z");

    @TempDir
    Path dir;
    private final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
    private Path db;
    private Path devices;
    private Path receipts;
    private Path pipe;

    @BeforeEach
    void kiosk() throws IOException {
        db = dir.resolve("borne.db");
        Database.open(db).close();
        receipts = dir.resolve("receipts");
        pipe = dir.resolve("scanner.pipe");
        devices = Files.writeString(dir.resolve("devices.properties"), String.join("\n",
                "scanner = simulated", "scanner.sim.tcp-port = -1", "scanner.sim.pipe = " + pipe,
                "printer = simulated", "printer.folder = " + receipts, "indicator = simulated", ""));
    }

    private CtlRun.Result ctl(String... args) {
        return CtlRun.run(clock, withGlobals(args));
    }

    private String[] withGlobals(String... args) {
        List<String> all = new ArrayList<>(List.of("--db", db.toString(), "--devices", devices.toString(),
                "--logs", dir.resolve("logs").toString(), "--technician", "T-017"));
        all.addAll(List.of(args));
        return all.toArray(String[]::new);
    }

    private List<AuditEntry> audit() {
        try (Database database = Database.open(db)) {
            List<AuditEntry> newestFirst = new AuditLog(database, clock).recent(100);
            List<AuditEntry> entries = new ArrayList<>(newestFirst);
            java.util.Collections.reverse(entries);
            return entries;
        }
    }

    @Test
    void statusReportsServiceOutboxSyncAndDatabaseCheck() {
        CtlRun.Result result = ctl("status");

        assertThat(result.exitCode()).isEqualTo(Exit.OK);
        assertThat(result.out()).contains("Kiosk:      in service", "check ok, schema 420",
                "Outbox:     empty", "Last sync:  never", "borne-ctl");
        assertThat(audit()).extracting(AuditEntry::action).containsExactly(TechnicianAction.STATUS);
    }

    @Test
    void parkedListsWhatTheAgentSetAsideAndRetrySendsARowAgainWithoutLosingIt() {
        Booking booking = new Booking(UUID.fromString("6a3c1f52-0a7e-4a3b-9d0e-2f1b7c3d4e5f"), "AB12CD", "v-1",
                "d-1", "r-1", Optional.empty(), LocalDate.of(2026, 12, 9), List.of("v-1"), BookingStatus.CONFIRMED,
                Channel.KIOSK, clock.instant());
        long row;
        try (Database database = Database.open(db)) {
            row = database.write(c -> {
                OutboxRepository outbox = new OutboxRepository(c, new BookingJson());
                outbox.add(OutboxKind.CREATE, booking, clock.instant());
                long id = outbox.pending(1).get(0).id();
                outbox.park(id, "HTTP 422 IDEMPOTENCY_KEY_REUSED CREATE " + booking.id(), clock.instant());
                new ParkedChangeRepository(c).park("booking", "b-9", "{}", "booking b-9: FOREIGN KEY constraint failed",
                        clock.instant());
                return id;
            });
        }

        CtlRun.Result listed = ctl("parked");
        assertThat(listed.out()).contains("Outbox rows parked: 1", "row " + row + "  CREATE of booking " + booking.id(),
                "IDEMPOTENCY_KEY_REUSED", "Feed changes parked: 1", "booking b-9: FOREIGN KEY constraint failed");

        assertThat(ctl("parked", "--retry", Long.toString(row)).exitCode()).isEqualTo(Exit.OK);
        try (Database database = Database.open(db)) {
            int pending = database.read(c -> new OutboxRepository(c, new BookingJson()).pendingCount());
            assertThat(pending).isEqualTo(1);
        }
        assertThat(ctl("parked").out()).contains("Outbox rows parked: 0");
        assertThat(audit()).extracting(AuditEntry::action).contains(TechnicianAction.SYNC_RETRY);
    }

    @Test
    void optionsMayAlsoFollowTheCommandAndTheActorDefaultsToTheLogin() {
        CtlRun.Result result = CtlRun.run(clock, "status", "--db", db.toString());

        assertThat(result.exitCode()).isEqualTo(Exit.OK);
        assertThat(audit()).extracting(AuditEntry::technicianId).containsExactly("ssh:jtech");
    }

    @Test
    void outOfServiceOnSurvivesAReopenAndOffPutsItBack() {
        assertThat(ctl("out-of-service", "on", "--reason", "screen cracked").exitCode()).isEqualTo(Exit.OK);
        try (Database reopened = Database.open(db)) {
            assertThat(new KioskState(reopened, clock).current().outOfService()).isTrue();
        }
        assertThat(ctl("status").out()).contains("OUT OF SERVICE since 2026-12-01T08:00:00Z by T-017: screen cracked");

        assertThat(ctl("out-of-service", "off").exitCode()).isEqualTo(Exit.OK);
        assertThat(ctl("status").out()).contains("Kiosk:      in service");
    }

    @Test
    void outOfServiceOnWithoutAReasonIsAUsageError() {
        CtlRun.Result result = ctl("out-of-service", "on");
        assertThat(result.exitCode()).isEqualTo(Exit.USAGE);
        assertThat(result.err()).contains("--reason");
    }

    @Test
    void printerTestPrintsAReceiptAndReportsTheResult() throws IOException {
        CtlRun.Result result = ctl("device", "test", "printer");

        assertThat(result.exitCode()).isEqualTo(Exit.OK);
        assertThat(result.out()).contains("OK: test receipt printed", "status now ONLINE");
        try (Stream<Path> files = Files.list(receipts)) {
            assertThat(files.map(p -> p.getFileName().toString())).anyMatch(n -> n.endsWith(".png"));
        }
        assertThat(audit()).extracting(AuditEntry::detail).containsExactly("printer: printed, status ONLINE");
    }

    @Test
    void printerOutOfPaperIsReportedWithWhatToDo() throws IOException {
        Files.createDirectories(receipts);
        Files.writeString(receipts.resolve("status"), "PAPER_OUT");

        CtlRun.Result result = ctl("device", "test", "printer");

        assertThat(result.exitCode()).isEqualTo(Exit.PROBLEM);
        assertThat(result.out()).contains("NOT printed", "Load a new paper roll");
        assertThat(audit()).extracting(AuditEntry::detail).containsExactly("printer: not printed, PAPER_OUT");
    }

    @Test
    void lightTestCyclesEveryLightAndBeep() {
        CtlRun.Result result = ctl("device", "test", "light", "--step-ms", "0");

        assertThat(result.exitCode()).isEqualTo(Exit.OK);
        assertThat(result.out()).contains("light READY", "light BUSY", "light ERROR", "light OUT_OF_SERVICE",
                "beep SHORT", "beep LONG", "beep ERROR", "back to READY");
        assertThat(audit()).extracting(AuditEntry::action).containsExactly(TechnicianAction.DEVICE_TEST);
    }

    @Test
    void scannerTestReportsTheLengthOfTheCodeButNeverTheCode() throws Exception {
        // Made here, so that the scan below waits for the scanner to read it rather than landing in a plain file.
        assertThat(new ProcessBuilder("mkfifo", "-m", "600", pipe.toString()).start().waitFor()).isZero();
        CtlRun run = new CtlRun(clock);
        CompletableFuture<CtlRun.Result> test = CompletableFuture.supplyAsync(
                () -> run.execute(withGlobals("device", "test", "scanner", "--wait", "20")));
        Eventually.await("the command asking for a scan", () -> run.outSoFar().contains("Scan a badge now"));
        try (FileOutputStream scan = new FileOutputStream(pipe.toFile())) {
            scan.write("DEMO-0001\r\n".getBytes(StandardCharsets.US_ASCII));
        }
        CtlRun.Result result = test.get(30, TimeUnit.SECONDS);

        assertThat(result.exitCode()).isEqualTo(Exit.OK);
        assertThat(result.out()).contains("a badge code of 9 characters was read").doesNotContain("DEMO-0001");
        assertThat(result.err()).doesNotContain("DEMO-0001");
        assertThat(audit()).extracting(AuditEntry::detail).containsExactly("scanner: read a code of 9 characters");
    }

    @Test
    void scannerTestWithoutAScanTimesOut() {
        CtlRun.Result result = ctl("device", "test", "scanner", "--wait", "1");

        assertThat(result.exitCode()).isEqualTo(Exit.TIMEOUT);
        assertThat(result.out()).contains("No scan within 1 s");
    }

    @Test
    void syncNowLeavesARequestAndReportsWhenTheAgentHandlesIt() throws Exception {
        assertThat(ctl("sync-now", "--wait", "0").exitCode()).isEqualTo(Exit.OK);

        try (Database agentSide = Database.open(db)) {
            SyncNowRequests agent = new SyncNowRequests(agentSide, clock);
            CompletableFuture<CtlRun.Result> waiting = CompletableFuture.supplyAsync(() -> ctl("sync-now", "--wait", "20"));
            Eventually.await("the second request written",
                    () -> agentSide.read(c -> Sql.count(c, "SELECT count(*) FROM sync_now_request")) >= 2);
            assertThat(agent.anyOpen()).isTrue();
            assertThat(agent.markHandled(clock.instant())).isEqualTo(2);
            CtlRun.Result result = waiting.get(30, TimeUnit.SECONDS);
            assertThat(result.exitCode()).isEqualTo(Exit.OK);
            assertThat(result.out()).contains("The sync agent ran a pass");
        }
    }

    @Test
    void syncNowWithoutARunningAgentSaysWhatToCheck() {
        CtlRun.Result result = ctl("sync-now", "--wait", "1");

        assertThat(result.exitCode()).isEqualTo(Exit.TIMEOUT);
        assertThat(result.out()).contains("systemctl status borne-sync-agent");
    }

    @Test
    void diagnosticsAndBackupWritePrivateFiles() throws IOException {
        Path bundle = dir.resolve("bundle.zip");
        Path copy = dir.resolve("copy.db");

        CtlRun.Result diagnostics = ctl("diagnostics", "--out", bundle.toString(), "--no-journal");
        CtlRun.Result backup = ctl("backup", "--out", copy.toString());

        assertThat(diagnostics.exitCode()).isEqualTo(Exit.OK);
        assertThat(diagnostics.out()).contains("summary.json");
        assertThat(backup.exitCode()).isEqualTo(Exit.OK);
        assertThat(backup.out()).contains("integrity check: ok");
        for (Path file : List.of(bundle, copy)) {
            assertThat(Files.getPosixFilePermissions(file)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
        }
        assertThat(ctl("backup", "--out", copy.toString()).exitCode()).as("never overwrites").isEqualTo(Exit.PROBLEM);
    }

    @Test
    void enrolledTechnicianCanSignInAndTheBadgeIsNeverWrittenDown() {
        CtlRun.Result result = ctl("technician", "enrol", "--id", "T-042", "--badge", "TECH-0142", "--pin", "2468");

        assertThat(result.exitCode()).isEqualTo(Exit.OK);
        try (Database database = Database.open(db)) {
            assertThat(new TechnicianAccess(database, clock).verify("TECH-0142", "2468"))
                    .isEqualTo(new AccessResult.Granted("T-042"));
        }
        assertThat(ctl("technician", "list").out()).contains("T-042");
        assertThat(ctl("technician", "enrol", "--id", "T-043", "--badge", "TECH-0143", "--pin", "12").out())
                .contains("The PIN must be 4 to 8 digits");
        assertThat(audit()).extracting(AuditEntry::detail).noneMatch(d -> d.contains("TECH-01") || d.contains("2468"));
    }

    @Test
    void everyCommandLeavesOneAuditEntry() throws IOException {
        ctl("status");
        ctl("out-of-service", "on", "--reason", "maintenance");
        ctl("out-of-service", "off");
        ctl("device", "test", "printer");
        ctl("device", "test", "light", "--step-ms", "0");
        ctl("sync-now", "--wait", "0");
        ctl("diagnostics", "--out", dir.resolve("d.zip").toString(), "--no-journal");
        ctl("backup", "--out", dir.resolve("b.db").toString());
        ctl("technician", "enrol", "--id", "T-050", "--badge", "TECH-0150", "--pin", "1357");
        ctl("technician", "list");
        ctl("technician", "remove", "T-050");

        assertThat(audit()).extracting(AuditEntry::technicianId).containsOnly("T-017");
        assertThat(audit()).extracting(AuditEntry::action).containsExactly(TechnicianAction.STATUS,
                TechnicianAction.OUT_OF_SERVICE_ON, TechnicianAction.OUT_OF_SERVICE_OFF, TechnicianAction.DEVICE_TEST,
                TechnicianAction.DEVICE_TEST, TechnicianAction.SYNC_NOW, TechnicianAction.DIAGNOSTICS,
                TechnicianAction.BACKUP, TechnicianAction.ENROL, TechnicianAction.LIST_TECHNICIANS,
                TechnicianAction.REMOVE);
    }

    @Test
    void aMissingDatabaseIsNeverCreatedAndTheMessageSaysWhatToDo() {
        Path missing = dir.resolve("nowhere.db");
        CtlRun.Result result = CtlRun.run(clock, "--db", missing.toString(), "status");

        assertThat(result.exitCode()).isEqualTo(Exit.UNAVAILABLE);
        assertThat(result.err()).contains("No database at " + missing, "--db");
        assertThat(missing).doesNotExist();
    }

    @Test
    void aMissingDeviceConfigurationIsReported() {
        CtlRun.Result result = CtlRun.run(clock, "--db", db.toString(), "--devices", dir.resolve("none").toString(),
                "device", "test", "printer");

        assertThat(result.exitCode()).isEqualTo(Exit.UNAVAILABLE);
        assertThat(result.err()).contains("No device configuration at");
    }
}
