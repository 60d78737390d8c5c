package fr.borne.central;

import fr.borne.store.Database;
import fr.borne.testsupport.postgres.TestPostgres;

import java.nio.file.Path;

/**
 * The database a test's central runs on: a SQLite file, or — with
 * {@code -Dborne.test.db=postgresql}, as the build's second run of the central tests sets
 * it — a fresh database on the shared test PostgreSQL server.
 */
public final class TestDatabases {

    public static final String PROPERTY = "borne.test.db";

    private TestDatabases() {
    }

    public static boolean onPostgres() {
        return "postgresql".equals(System.getProperty(PROPERTY));
    }

    /** Central's database for a test: {@code file} on SQLite, a new PostgreSQL database otherwise. */
    public static Database central(Path file) {
        return onPostgres() ? postgres(TestPostgres.shared()) : CentralDatabase.open(file);
    }

    /** Central on a new database of this server, through the same options the server's command line takes. */
    public static Database postgres(TestPostgres server) {
        return CentralDatabase.connect(new CentralDatabaseOptions.Server(server.createDatabase(), server.user(),
                server.password(), 4));
    }
}
