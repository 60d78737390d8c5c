package fr.borne.store;

import java.sql.Connection;
import java.sql.SQLException;

/** Work done inside one transaction on one connection. */
@FunctionalInterface
public interface SqlWork<T> {

    T run(Connection connection) throws SQLException;
}
