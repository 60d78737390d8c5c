package fr.borne.technician;

import fr.borne.store.Database;
import fr.borne.store.Sql;
import fr.borne.visitor.BadgeCode;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Enrols and removes technicians. A technician is known by an opaque id (an employee
 * number, never a name), a badge that is nobody else's and a PIN of 4 to 8 digits.
 * Enrolling an existing id again gives it a new badge and PIN and lifts any lock-out.
 */
public final class TechnicianAccounts {

    private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{1,39}");
    private static final Pattern PIN = Pattern.compile("[0-9]{4,8}");

    private final Database database;
    private final Clock clock;
    private final PinHasher hasher;

    public TechnicianAccounts(Database database, Clock clock, PinHasher hasher) {
        this.database = database;
        this.clock = clock;
        this.hasher = hasher;
    }

    public TechnicianAccounts(Database database, Clock clock) {
        this(database, clock, new PinHasher());
    }

    /** @param enrolledBy who does it, for the audit log */
    public EnrolResult enrol(String technicianId, String badgeCode, String pin, String enrolledBy) {
        if (technicianId == null || !ID.matcher(technicianId).matches()) {
            return new EnrolResult.Rejected("The technician id must be 2 to 40 letters, digits, '.', '_' or '-' "
                    + "(an employee number, not a name).");
        }
        if (pin == null || !PIN.matcher(pin).matches()) {
            return new EnrolResult.Rejected("The PIN must be 4 to 8 digits.");
        }
        if (badgeCode == null || badgeCode.strip().length() < 4) {
            return new EnrolResult.Rejected("The badge code must have at least 4 characters.");
        }
        String badgeHash = BadgeCode.hash(badgeCode);
        PinHash pinHash = hasher.hash(pin);
        Instant now = clock.instant();
        return database.write(c -> store(c, technicianId, badgeHash, pinHash, enrolledBy, now),
                result -> result instanceof EnrolResult.Enrolled);
    }

    private static EnrolResult store(Connection c, String id, String badgeHash, PinHash pin, String by, Instant now)
            throws SQLException {
        if (Sql.count(c, "SELECT count(*) FROM badge WHERE code_hash = ?", badgeHash) > 0) {
            return new EnrolResult.Rejected("This badge belongs to a visitor: use a technician badge.");
        }
        Optional<String> holder = Sql.one(c, "SELECT id FROM technician WHERE badge_hash = ?",
                row -> row.getString(1), badgeHash);
        if (holder.isPresent() && !holder.get().equals(id)) {
            return new EnrolResult.Rejected("This badge is already enrolled for technician " + holder.get()
                    + ": remove that technician first or use another badge.");
        }
        boolean replaced = Sql.count(c, "SELECT count(*) FROM technician WHERE id = ?", id) > 0;
        Sql.update(c, """
                INSERT INTO technician (id, badge_hash, pin_hash, pin_salt, pin_iterations, enrolled_at)
                VALUES (?, ?, ?, ?, ?, ?)
                ON CONFLICT (id) DO UPDATE SET badge_hash = excluded.badge_hash, pin_hash = excluded.pin_hash,
                    pin_salt = excluded.pin_salt, pin_iterations = excluded.pin_iterations,
                    enrolled_at = excluded.enrolled_at, failed_attempts = 0, locked_until = NULL
                """, id, badgeHash, pin.hash(), pin.salt(), pin.iterations(), now);
        AuditLog.append(c, by, TechnicianAction.ENROL,
                (replaced ? "new badge and PIN for technician " : "enrolled technician ") + id, now);
        return new EnrolResult.Enrolled(id, replaced);
    }

    /** @return whether there was such a technician */
    public boolean remove(String technicianId, String removedBy) {
        Instant now = clock.instant();
        return database.write(c -> {
            boolean removed = Sql.update(c, "DELETE FROM technician WHERE id = ?", technicianId) > 0;
            if (removed) {
                AuditLog.append(c, removedBy, TechnicianAction.REMOVE, "removed technician " + technicianId, now);
            }
            return removed;
        });
    }

    public List<Technician> list() {
        return database.read(c -> Sql.list(c, "SELECT * FROM technician ORDER BY id", TechnicianAccounts::map));
    }

    public Optional<Technician> find(String technicianId) {
        return database.read(c -> Sql.one(c, "SELECT * FROM technician WHERE id = ?", TechnicianAccounts::map,
                technicianId));
    }

    private static Technician map(ResultSet row) throws SQLException {
        long locked = row.getLong("locked_until");
        Optional<Instant> lockedUntil = row.wasNull() ? Optional.empty() : Optional.of(Instant.ofEpochMilli(locked));
        return new Technician(row.getString("id"), Sql.instant(row, "enrolled_at"), row.getInt("failed_attempts"),
                lockedUntil);
    }
}
