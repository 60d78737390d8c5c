package fr.borne.technician;

import fr.borne.store.Database;
import fr.borne.store.Sql;
import fr.borne.visitor.BadgeCode;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * Checks a technician's badge and PIN. Each wrong PIN counts; after
 * {@link LockoutPolicy#maxFailures()} in a row the account is locked for
 * {@link LockoutPolicy#lockFor()}, and a right PIN clears the count. The slow PIN hash is
 * computed outside any transaction, so the kiosk and the sync agent are never held up by
 * it; the count is then updated in a short write transaction together with the audit entry.
 */
public final class TechnicianAccess {

    private final Database database;
    private final Clock clock;
    private final PinHasher hasher;
    private final LockoutPolicy policy;

    public TechnicianAccess(Database database, Clock clock, PinHasher hasher, LockoutPolicy policy) {
        this.database = database;
        this.clock = clock;
        this.hasher = hasher;
        this.policy = policy;
    }

    public TechnicianAccess(Database database, Clock clock) {
        this(database, clock, new PinHasher(), LockoutPolicy.defaults());
    }

    /** Whether a scanned code is a technician's badge: the kiosk then asks for the PIN instead of showing bookings. */
    public boolean knows(String badgeCode) {
        if (badgeCode == null || badgeCode.isBlank()) {
            return false;
        }
        String hash = BadgeCode.hash(badgeCode);
        return database.read(c -> Sql.count(c, "SELECT count(*) FROM technician WHERE badge_hash = ?", hash) > 0);
    }

    public AccessResult verify(String badgeCode, String pin) {
        if (badgeCode == null || badgeCode.isBlank()) {
            return new AccessResult.UnknownBadge();
        }
        String badgeHash = BadgeCode.hash(badgeCode);
        Optional<Account> found = database.read(c -> Account.byBadge(c, badgeHash));
        if (found.isEmpty()) {
            return new AccessResult.UnknownBadge();
        }
        Account account = found.get();
        Instant now = clock.instant();
        if (account.lockedAt(now)) {
            return database.write(c -> refusedWhileLocked(c, account, now));
        }
        boolean pinMatches = pin != null && hasher.matches(pin, account.pin());
        return database.write(c -> record(c, account, pinMatches, now));
    }

    private static AccessResult refusedWhileLocked(Connection c, Account account, Instant now) throws SQLException {
        AuditLog.append(c, account.id(), TechnicianAction.SIGN_IN_REFUSED, "account locked, PIN not checked", now);
        return new AccessResult.LockedOut(account.lockedUntil().orElseThrow());
    }

    private AccessResult record(Connection c, Account checked, boolean pinMatches, Instant now) throws SQLException {
        Optional<Account> current = Account.byId(c, checked.id());
        if (current.isEmpty() || !current.get().pin().equals(checked.pin())
                || !current.get().badgeHash().equals(checked.badgeHash())) {
            // Re-enrolled or removed while the PIN was being checked: the old PIN proves nothing.
            return new AccessResult.UnknownBadge();
        }
        Account account = current.get();
        if (account.lockedAt(now)) {
            return refusedWhileLocked(c, account, now);
        }
        if (pinMatches) {
            Sql.update(c, "UPDATE technician SET failed_attempts = 0, locked_until = NULL WHERE id = ?", account.id());
            AuditLog.append(c, account.id(), TechnicianAction.SIGN_IN, "badge and PIN accepted", now);
            return new AccessResult.Granted(account.id());
        }
        // A lock that has run out starts a fresh count.
        int failures = (account.lockedUntil().isPresent() ? 0 : account.failedAttempts()) + 1;
        if (failures >= policy.maxFailures()) {
            Instant until = now.plus(policy.lockFor());
            Sql.update(c, "UPDATE technician SET failed_attempts = ?, locked_until = ? WHERE id = ?",
                    failures, until, account.id());
            AuditLog.append(c, account.id(), TechnicianAction.LOCKED_OUT,
                    failures + " wrong PINs in a row, locked until " + until, now);
            return new AccessResult.LockedOut(until);
        }
        Sql.update(c, "UPDATE technician SET failed_attempts = ?, locked_until = NULL WHERE id = ?",
                failures, account.id());
        int left = policy.maxFailures() - failures;
        AuditLog.append(c, account.id(), TechnicianAction.SIGN_IN_REFUSED, "wrong PIN, " + left + " attempts left", now);
        return new AccessResult.WrongPin(left);
    }

    /** A technician row as the check needs it. */
    private record Account(String id, String badgeHash, PinHash pin, int failedAttempts,
                           Optional<Instant> lockedUntil) {

        boolean lockedAt(Instant now) {
            return lockedUntil.map(now::isBefore).orElse(false);
        }

        static Optional<Account> byBadge(Connection c, String badgeHash) throws SQLException {
            return Sql.one(c, "SELECT * FROM technician WHERE badge_hash = ?", Account::map, badgeHash);
        }

        static Optional<Account> byId(Connection c, String id) throws SQLException {
            return Sql.one(c, "SELECT * FROM technician WHERE id = ?", Account::map, id);
        }

        private static Account map(ResultSet row) throws SQLException {
            long locked = row.getLong("locked_until");
            Optional<Instant> lockedUntil = row.wasNull() ? Optional.empty() : Optional.of(Instant.ofEpochMilli(locked));
            return new Account(row.getString("id"), row.getString("badge_hash"),
                    new PinHash(row.getString("pin_hash"), row.getString("pin_salt"), row.getInt("pin_iterations")),
                    row.getInt("failed_attempts"), lockedUntil);
        }
    }
}
