package fr.borne.central;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import fr.borne.store.Database;
import fr.borne.store.Migrations;
import org.flywaydb.core.Flyway;

import javax.sql.DataSource;

import java.nio.file.Path;

/**
 * Central's database: the booking-core schema it shares with kiosks, plus its own tables
 * (feed, idempotency keys, kiosks, escrow) migrated under their own history. A SQLite file
 * for the demo, the tests and one establishment; PostgreSQL for a ministry, where several
 * central instances may serve one database (see {@link Database} and
 * {@link fr.borne.central.feed.ChangeFeed} for what keeps them consistent).
 */
public final class CentralDatabase {

    private CentralDatabase() {
    }

    public static Database open(Path file) {
        return migrated(Database.open(file));
    }

    /** PostgreSQL through a HikariCP pool of {@code poolSize} connections. */
    public static Database connect(CentralDatabaseOptions.Server server) {
        return connect(pool(server), server.displayName());
    }

    /** PostgreSQL behind a pool the caller made (such as {@link #pool}, wrapped), which the database closes. */
    public static Database connect(DataSource pool, String name) {
        return migrated(Database.connect(pool, name));
    }

    /** The HikariCP pool of {@code poolSize} connections central keeps to the server. */
    public static HikariDataSource pool(CentralDatabaseOptions.Server server) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(server.url());
        config.setUsername(server.user());
        config.setPassword(server.password());
        config.setMaximumPoolSize(server.poolSize());
        config.setPoolName("central-db");
        // Flyway expects autocommit; Database turns it off for each of its transactions
        config.setAutoCommit(true);
        config.setConnectionTimeout(10_000);
        return new HikariDataSource(config);
    }

    private static Database migrated(Database database) {
        try {
            Flyway.configure()
                    .dataSource(database.dataSource())
                    .locations(Migrations.locations("central", database.dialect()))
                    .table("central_schema_history")
                    .baselineOnMigrate(true)
                    .baselineVersion("0")
                    .load()
                    .migrate();
            return database;
        } catch (RuntimeException e) {
            database.close();
            throw e;
        }
    }
}
