package fr.borne.store;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * The SQL a database speaks. Repositories write SQL both understand (PostgreSQL's schema
 * carries {@code ifnull} and two-argument {@code max}/{@code min} as SQLite has them); the
 * few statements that must differ ask the connection which it is.
 */
public enum Dialect {
    SQLITE("sqlite"), POSTGRESQL("postgresql");

    private final String vendor;

    Dialect(String vendor) {
        this.vendor = vendor;
    }

    /** The folder name of this dialect's own migrations: {@code db/dialect/<vendor>/…}. */
    public String vendor() {
        return vendor;
    }

    public static Dialect of(Connection connection) throws SQLException {
        String url = connection.getMetaData().getURL();
        return url != null && url.startsWith("jdbc:postgresql:") ? POSTGRESQL : SQLITE;
    }
}
