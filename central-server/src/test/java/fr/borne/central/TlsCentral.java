package fr.borne.central;

import fr.borne.central.feed.FeedWaits;
import fr.borne.central.fleet.FleetSettings;

import fr.borne.central.http.CentralServer;
import fr.borne.store.Database;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/** Central over a new database file, with mutual TLS on a free loopback port, as tests start it. */
public final class TlsCentral implements AutoCloseable {

    private final Database database;
    private final CentralServices services;
    private final CentralServer server;
    private final String base;

    private TlsCentral(Database database, CentralServices services, CentralServer server, String base) {
        this.database = database;
        this.services = services;
        this.server = server;
        this.base = base;
    }

    /** {@code data} fills the database (establishments, kiosks) before the server starts. */
    public static TlsCentral start(Path file, Clock clock, TestCertificates certificates, Consumer<CentralServices> data) {
        return start(file, clock, certificates, data, FeedWaits.Limits.defaults());
    }

    /** As above, with the given limits on long polls of the feed. */
    public static TlsCentral start(Path file, Clock clock, TestCertificates certificates, Consumer<CentralServices> data,
                                   FeedWaits.Limits waits) {
        Database database = TestDatabases.central(file);
        CentralServices services = CentralServices.create(database, clock);
        data.accept(services);
        CentralServer server = new CentralServer(services, Optional.of(certificates.serverTls()), Set.of(),
                FleetSettings.from(System.getProperties()), waits);
        String base = "https://localhost:" + server.start("127.0.0.1", 0);
        return new TlsCentral(database, services, server, base);
    }

    /** Registers kiosks (id, establishment, id, establishment…) without pinning a certificate. */
    public static void register(CentralServices services, String... idsAndEstablishments) {
        services.database().write(c -> {
            for (int i = 0; i + 1 < idsAndEstablishments.length; i += 2) {
                services.kiosks().register(c, idsAndEstablishments[i], idsAndEstablishments[i + 1]);
            }
            return null;
        });
    }

    public Database database() {
        return database;
    }

    public CentralServices services() {
        return services;
    }

    public CentralServer server() {
        return server;
    }

    public String base() {
        return base;
    }

    @Override
    public void close() {
        server.close();
        database.close();
    }
}
