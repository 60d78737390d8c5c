package fr.borne.technician;

import fr.borne.store.Database;
import fr.borne.store.Sql;
import fr.borne.testsupport.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class TechnicianAccessTest {

    private static final Instant START = Instant.parse("2026-12-01T08:00:00Z");

    @TempDir
    Path dir;
    private Database database;
    private final TestClock clock = TestClock.at(START);
    private final PinHasher hasher = new PinHasher(PinHasher.MIN_ITERATIONS);
    private TechnicianAccess access;
    private TechnicianAccounts accounts;

    @BeforeEach
    void open() {
        database = Database.open(dir.resolve("borne.db"));
        access = new TechnicianAccess(database, clock, hasher, LockoutPolicy.defaults());
        accounts = new TechnicianAccounts(database, clock, hasher);
        assertThat(accounts.enrol("T-017", "TECH-0042", "2468", "installer"))
                .isEqualTo(new EnrolResult.Enrolled("T-017", false));
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void rightBadgeAndPinAreGranted() {
        assertThat(access.knows("TECH-0042")).isTrue();
        assertThat(access.knows("tech-0042")).as("badge codes are case-insensitive").isTrue();
        assertThat(access.verify("TECH-0042", "2468")).isEqualTo(new AccessResult.Granted("T-017"));
    }

    @Test
    void unknownBadgeIsAValueNotAnException() {
        assertThat(access.knows("DEMO-0001")).isFalse();
        assertThat(access.verify("DEMO-0001", "2468")).isEqualTo(new AccessResult.UnknownBadge());
        assertThat(access.verify("", "2468")).isEqualTo(new AccessResult.UnknownBadge());
        assertThat(access.verify(null, null)).isEqualTo(new AccessResult.UnknownBadge());
    }

    @Test
    void fiveWrongPinsLockTheAccountForFifteenMinutesEvenAgainstTheRightPin() {
        for (int left = 4; left >= 1; left--) {
            assertThat(access.verify("TECH-0042", "0000")).isEqualTo(new AccessResult.WrongPin(left));
        }
        Instant until = START.plus(Duration.ofMinutes(15));
        assertThat(access.verify("TECH-0042", "0000")).isEqualTo(new AccessResult.LockedOut(until));

        clock.advance(Duration.ofMinutes(14).plusSeconds(59));
        assertThat(access.verify("TECH-0042", "2468")).isEqualTo(new AccessResult.LockedOut(until));
    }

    @Test
    void lockOutExpiresAfterFifteenMinutesAndTheCountStartsAfresh() {
        for (int i = 0; i < 5; i++) {
            access.verify("TECH-0042", "1111");
        }
        clock.advance(Duration.ofMinutes(15));
        assertThat(access.verify("TECH-0042", "1111")).isEqualTo(new AccessResult.WrongPin(4));
        assertThat(access.verify("TECH-0042", "2468")).isEqualTo(new AccessResult.Granted("T-017"));
    }

    @Test
    void aRightPinClearsTheCountOfWrongOnes() {
        for (int i = 0; i < 4; i++) {
            access.verify("TECH-0042", "1111");
        }
        assertThat(access.verify("TECH-0042", "2468")).isInstanceOf(AccessResult.Granted.class);
        assertThat(access.verify("TECH-0042", "1111")).isEqualTo(new AccessResult.WrongPin(4));
    }

    @Test
    void reEnrollingLiftsALockOut() {
        for (int i = 0; i < 5; i++) {
            access.verify("TECH-0042", "1111");
        }
        assertThat(accounts.enrol("T-017", "TECH-0043", "1357", "supervisor"))
                .isEqualTo(new EnrolResult.Enrolled("T-017", true));
        assertThat(access.verify("TECH-0042", "2468")).isEqualTo(new AccessResult.UnknownBadge());
        assertThat(access.verify("TECH-0043", "1357")).isEqualTo(new AccessResult.Granted("T-017"));
    }

    @Test
    void signInsAndLockOutAreAudited() {
        access.verify("TECH-0042", "2468");
        for (int i = 0; i < 5; i++) {
            access.verify("TECH-0042", "1111");
        }
        access.verify("TECH-0042", "2468");
        List<TechnicianAction> actions = new AuditLog(database, clock).recent(20).stream()
                .map(AuditEntry::action).toList();
        assertThat(actions).containsExactly(TechnicianAction.SIGN_IN_REFUSED, TechnicianAction.LOCKED_OUT,
                TechnicianAction.SIGN_IN_REFUSED, TechnicianAction.SIGN_IN_REFUSED, TechnicianAction.SIGN_IN_REFUSED,
                TechnicianAction.SIGN_IN_REFUSED, TechnicianAction.SIGN_IN, TechnicianAction.ENROL);
    }

    @Test
    void thePinIsStoredSaltedAndSlowlyHashedNeverInClear() {
        accounts.enrol("T-018", "TECH-0050", "2468", "installer");
        List<List<String>> rows = database.read(c -> Sql.list(c,
                "SELECT pin_hash, pin_salt, pin_iterations FROM technician ORDER BY id",
                r -> List.of(r.getString(1), r.getString(2), r.getString(3))));
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0).get(0)).isNotEqualTo(rows.get(1).get(0)).doesNotContain("2468").hasSize(64);
        assertThat(rows.get(0).get(1)).isNotEqualTo(rows.get(1).get(1));
        assertThat(Integer.parseInt(rows.get(0).get(2))).isGreaterThanOrEqualTo(100_000);
        String badgeColumns = database.read(c -> Sql.list(c, "SELECT badge_hash FROM technician",
                r -> r.getString(1))).toString();
        assertThat(badgeColumns).doesNotContain("TECH-00");
    }

    @Test
    void enrolmentRefusesVisitorsBadgesTakenBadgesAndBadPins() {
        database.write(c -> {
            Sql.update(c, "INSERT INTO visitor (id, first_name, last_name, birth_date) VALUES ('v1', 'A', 'B', '1980-01-01')");
            Sql.update(c, "INSERT INTO badge (code_hash, visitor_id) VALUES (?, 'v1')",
                    fr.borne.visitor.BadgeCode.hash("VIS-0001"));
            return null;
        });
        assertThat(accounts.enrol("T-020", "VIS-0001", "2468", "x")).isInstanceOf(EnrolResult.Rejected.class);
        assertThat(accounts.enrol("T-020", "TECH-0042", "2468", "x")).isInstanceOf(EnrolResult.Rejected.class);
        assertThat(accounts.enrol("T-020", "TECH-0099", "12a4", "x")).isInstanceOf(EnrolResult.Rejected.class);
        assertThat(accounts.enrol("T-020", "TECH-0099", "123", "x")).isInstanceOf(EnrolResult.Rejected.class);
        assertThat(accounts.enrol("Jean Dupont", "TECH-0099", "1234", "x")).isInstanceOf(EnrolResult.Rejected.class);
        assertThat(accounts.list()).extracting(Technician::id).containsExactly("T-017");
    }
}
