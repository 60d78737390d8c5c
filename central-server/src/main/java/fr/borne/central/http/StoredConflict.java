package fr.borne.central.http;

import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

import java.sql.SQLException;

/** Tells a request that broke a constraint of the database (a client error) from a failing store. */
final class StoredConflict {

    private StoredConflict() {
    }

    static boolean isConstraint(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLiteException sqlite
                    && sqlite.getResultCode().code % 256 == SQLiteErrorCode.SQLITE_CONSTRAINT.code) {
                return true;
            }
            // PostgreSQL: class 23, integrity constraint violation (foreign key, unique, check, not null)
            if (cause instanceof SQLException sql && !(cause instanceof SQLiteException)
                    && sql.getSQLState() != null && sql.getSQLState().startsWith("23")) {
                return true;
            }
        }
        return false;
    }
}
