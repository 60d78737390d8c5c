package fr.borne.central.audit;

import fr.borne.store.Sql;
import fr.borne.sync.AuditBatch;
import fr.borne.sync.AuditRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The technicians' audit logs of every kiosk, kept at central ({@code central_audit}).
 * An entry is known by its kiosk and its number there, so a batch delivered again (the
 * acknowledgement was lost) stores nothing twice.
 */
public final class KioskAuditLog {

    /** Most entries one call may carry. */
    public static final int MAX_BATCH = 500;
    static final int MAX_TECHNICIAN = 100;
    static final int MAX_DETAIL = 1_000;
    private static final Pattern ACTION = Pattern.compile("[A-Z][A-Z0-9_]{0,49}");
    private static final Logger LOG = LoggerFactory.getLogger(KioskAuditLog.class);

    /** One stored entry, for the administration's tools and tests. */
    public record Stored(String kioskId, long localId, String technicianId, String action, String detail,
                         Instant at, Instant receivedAt) {
    }

    /** Why a batch cannot be stored, in words for the kiosk's log; empty when it can. */
    public Optional<String> problem(AuditBatch batch) {
        if (batch.entries().size() > MAX_BATCH) {
            return Optional.of("at most " + MAX_BATCH + " entries per call");
        }
        for (AuditRecord entry : batch.entries()) {
            Optional<String> wrong = problem(entry);
            if (wrong.isPresent()) {
                return Optional.of("entry " + entry.id() + ": " + wrong.get());
            }
        }
        return Optional.empty();
    }

    private static Optional<String> problem(AuditRecord entry) {
        if (entry.id() <= 0) {
            return Optional.of("the entry number must be positive");
        }
        if (entry.technicianId() == null || entry.technicianId().isBlank()
                || entry.technicianId().length() > MAX_TECHNICIAN) {
            return Optional.of("technicianId is required, " + MAX_TECHNICIAN + " characters at most");
        }
        if (entry.action() == null || !ACTION.matcher(entry.action()).matches()) {
            return Optional.of("action must be an upper-case word such as SYNC_NOW");
        }
        if (entry.detail() == null || entry.detail().length() > MAX_DETAIL) {
            return Optional.of("detail is required, " + MAX_DETAIL + " characters at most");
        }
        if (entry.at() == null) {
            return Optional.of("at is required");
        }
        return Optional.empty();
    }

    /**
     * Stores the entries central does not hold yet, inside the caller's transaction, and
     * returns how many were new. The batch must have passed {@link #problem(AuditBatch)}.
     */
    public int store(Connection connection, String kioskId, AuditBatch batch, Instant receivedAt) throws SQLException {
        int stored = 0;
        for (AuditRecord entry : batch.entries()) {
            int inserted = Sql.update(connection, """
                    INSERT INTO central_audit (kiosk_id, local_id, technician_id, action, detail, at, received_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (kiosk_id, local_id) DO NOTHING""",
                    kioskId, entry.id(), entry.technicianId(), entry.action(), entry.detail(), entry.at(), receivedAt);
            if (inserted == 0) {
                warnIfDifferent(connection, kioskId, entry);
            }
            stored += inserted;
        }
        return stored;
    }

    /** A kiosk's entries, oldest first. */
    public List<Stored> of(Connection connection, String kioskId) throws SQLException {
        return Sql.list(connection, "SELECT * FROM central_audit WHERE kiosk_id = ? ORDER BY local_id", row ->
                new Stored(row.getString("kiosk_id"), row.getLong("local_id"), row.getString("technician_id"),
                        row.getString("action"), row.getString("detail"), Sql.instant(row, "at"),
                        Sql.instant(row, "received_at")), kioskId);
    }

    /**
     * The same number with other contents means the kiosk's database was replaced and
     * numbers its entries afresh: the first entry stays, and the administration is told.
     */
    private static void warnIfDifferent(Connection connection, String kioskId, AuditRecord entry) throws SQLException {
        boolean same = Sql.count(connection, """
                SELECT count(*) FROM central_audit WHERE kiosk_id = ? AND local_id = ? AND technician_id = ?
                    AND action = ? AND at = ?""",
                kioskId, entry.id(), entry.technicianId(), entry.action(), entry.at()) > 0;
        if (!same) {
            LOG.warn("kiosk {} sent audit entry {} again with other contents; the first one is kept", kioskId,
                    entry.id());
        }
    }
}
