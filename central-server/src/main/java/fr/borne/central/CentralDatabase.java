package fr.borne.central;

import fr.borne.store.Database;
import org.flywaydb.core.Flyway;
import org.sqlite.SQLiteDataSource;

import java.nio.file.Path;

/**
 * Central's SQLite file: the booking-core schema it shares with kiosks, plus its own
 * tables (feed, idempotency keys, kiosks, escrow) migrated under their own history.
 */
public final class CentralDatabase {

    private CentralDatabase() {
    }

    public static Database open(Path file) {
        Database database = Database.open(file);
        SQLiteDataSource dataSource = new SQLiteDataSource();
        dataSource.setUrl("jdbc:sqlite:" + file.toAbsolutePath());
        Flyway.configure()
                .dataSource(dataSource)
                .locations("classpath:db/central")
                .table("central_schema_history")
                .baselineOnMigrate(true)
                .baselineVersion("0")
                .load()
                .migrate();
        return database;
    }
}
