package fr.borne.central.http;

import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

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
        }
        return false;
    }
}
