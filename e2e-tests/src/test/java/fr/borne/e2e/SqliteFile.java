package fr.borne.e2e;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;

/** Reads a running program's SQLite file (WAL: readers never block its writer). */
record SqliteFile(Path file) {

    /** Booking id → reference, of every booking in the file. */
    Map<String, String> bookings() {
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
             PreparedStatement query = connection.prepareStatement("SELECT id, reference FROM booking");
             ResultSet rows = query.executeQuery()) {
            Map<String, String> bookings = new HashMap<>();
            while (rows.next()) {
                bookings.put(rows.getString(1), rows.getString(2));
            }
            return bookings;
        } catch (SQLException e) {
            throw new AssertionError("cannot read " + file + ": " + e.getMessage(), e);
        }
    }
}
