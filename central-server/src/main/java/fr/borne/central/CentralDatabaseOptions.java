package fr.borne.central;

import fr.borne.config.ConfigException;
import fr.borne.store.Database;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Where central keeps its data: a SQLite file ({@code --db}, the default) or a PostgreSQL
 * server ({@code --db-url jdbc:postgresql://…} with {@code --db-user} and
 * {@code --db-password-file}). Shared by the server and its commands.
 */
public final class CentralDatabaseOptions {

    @Option(names = "--db", defaultValue = "central.db", description = "SQLite file (when --db-url is not given)")
    Path db;

    @Option(names = "--db-url",
            description = "PostgreSQL instead of the SQLite file: a JDBC URL such as "
                    + "jdbc:postgresql://db1,db2/borne?targetServerType=primary (several hosts: the primary is found)")
    Optional<String> url = Optional.empty();

    @Option(names = "--db-user", defaultValue = "borne", description = "PostgreSQL user (with --db-url)")
    String user;

    @Option(names = "--db-password-file",
            description = "file whose first line is the PostgreSQL user's password (with --db-url; mode 0600)")
    Optional<Path> passwordFile = Optional.empty();

    @Option(names = "--db-pool-size", defaultValue = "10",
            description = "PostgreSQL connections this instance keeps open (with --db-url)")
    int poolSize;

    /** A PostgreSQL server to connect to. */
    public record Server(String url, String user, String password, int poolSize) {

        /** The URL without user information or parameters, for messages. */
        public String displayName() {
            int query = url.indexOf('?');
            return query < 0 ? url : url.substring(0, query);
        }
    }

    /** The server, when --db-url is given; refuses a URL that is not PostgreSQL's or an unreadable password file. */
    public Optional<Server> server() {
        if (url.isEmpty()) {
            return Optional.empty();
        }
        if (!url.get().startsWith("jdbc:postgresql://")) {
            throw new ConfigException("--db-url: expected jdbc:postgresql://host[:port]/database, got " + url.get());
        }
        if (poolSize < 1) {
            throw new ConfigException("--db-pool-size: at least 1, got " + poolSize);
        }
        String password = "";
        if (passwordFile.isPresent()) {
            try {
                password = Files.readAllLines(passwordFile.get()).stream().findFirst().orElse("").strip();
            } catch (IOException e) {
                throw new ConfigException("--db-password-file: cannot read " + passwordFile.get() + ": " + e);
            }
        }
        return Optional.of(new Server(url.get(), user, password, poolSize));
    }

    /** Opens the database these options name, migrated. */
    public Database open() {
        return server().map(CentralDatabase::connect).orElseGet(() -> CentralDatabase.open(db));
    }

    /** For tests and benchmarks: options naming a SQLite file. */
    public static CentralDatabaseOptions sqlite(Path file) {
        CentralDatabaseOptions options = new CentralDatabaseOptions();
        options.db = file;
        return options;
    }
}
