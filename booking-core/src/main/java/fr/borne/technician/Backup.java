package fr.borne.technician;

import fr.borne.store.Database;
import fr.borne.store.Sql;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sqlite.SQLiteConfig;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;

/**
 * Copies the live database while the kiosk and the sync agent keep using it. SQLite's
 * {@code VACUUM INTO} reads one consistent snapshot (WAL lets writers carry on meanwhile)
 * and writes a compact copy; it cannot run inside a transaction, so it runs on a
 * connection of its own. The copy is written under a temporary name with mode 0600, passes
 * {@code integrity_check} and only then takes the name asked for.
 */
public final class Backup {

    private static final Logger LOG = LoggerFactory.getLogger(Backup.class);
    private static final int BUSY_TIMEOUT_MILLIS = 10_000;

    private final Database database;
    private final Clock clock;

    public Backup(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    public FileResult copyTo(Path target, String technicianId) {
        var problem = PrivateFiles.problemWith(target);
        if (problem.isPresent()) {
            return new FileResult.Failed(problem.get());
        }
        Path part = null;
        AuditLog audit = new AuditLog(database, clock);
        try {
            part = PrivateFiles.temporaryBeside(target);
            vacuumInto(part);
            String check = check(part);
            if (!check.equals("ok")) {
                PrivateFiles.deleteQuietly(part);
                audit.record(technicianId, TechnicianAction.BACKUP, "backup refused: copy failed its integrity check");
                return new FileResult.Failed("The copy failed its integrity check (" + check
                        + "): the live database may be damaged; send a diagnostics bundle to support.");
            }
            PrivateFiles.moveInto(part, target);
            long bytes = Files.size(target);
            audit.record(technicianId, TechnicianAction.BACKUP, "backup written: " + bytes + " bytes, integrity ok");
            return new FileResult.Written(target, bytes, "integrity check: ok");
        } catch (IOException | SQLException | RuntimeException e) {
            LOG.warn("backup failed: {}", e.toString());
            if (part != null) {
                PrivateFiles.deleteQuietly(part);
            }
            audit.record(technicianId, TechnicianAction.BACKUP, "backup failed");
            return new FileResult.Failed("The backup could not be written: " + e.getMessage());
        }
    }

    private void vacuumInto(Path copy) throws SQLException {
        SQLiteConfig config = new SQLiteConfig();
        config.setBusyTimeout(BUSY_TIMEOUT_MILLIS);
        try (Connection connection = config.createConnection("jdbc:sqlite:" + database.file().toAbsolutePath());
             PreparedStatement vacuum = connection.prepareStatement("VACUUM INTO ?")) {
            vacuum.setString(1, copy.toAbsolutePath().toString());
            vacuum.execute();
        }
    }

    private static String check(Path copy) throws SQLException {
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        try (Connection connection = config.createConnection("jdbc:sqlite:" + copy.toAbsolutePath())) {
            List<String> lines = Sql.list(connection, "PRAGMA integrity_check(20)", row -> row.getString(1));
            return String.join("; ", lines);
        }
    }
}
