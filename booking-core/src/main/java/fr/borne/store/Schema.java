package fr.borne.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;

/** What the database's own catalogue says, through JDBC's metadata (no engine-specific table). */
final class Schema {

    private Schema() {
    }

    static boolean hasTable(Connection connection, String table) throws SQLException {
        for (String name : new String[] {table, table.toUpperCase(java.util.Locale.ROOT)}) {
            try (ResultSet tables = connection.getMetaData().getTables(null, null, name, new String[] {"TABLE"})) {
                if (tables.next()) {
                    return true;
                }
            }
        }
        return false;
    }
}
