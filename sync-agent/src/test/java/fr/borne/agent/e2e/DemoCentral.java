package fr.borne.agent.e2e;

import fr.borne.agent.client.ClientSettings;
import fr.borne.central.CentralDatabase;
import fr.borne.central.CentralServices;
import fr.borne.central.DemoLoader;
import fr.borne.central.http.CentralServer;
import fr.borne.store.Database;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;

/** The real central server on loopback (plain HTTP), with the demo data and one kiosk registered. */
public final class DemoCentral implements AutoCloseable {

    private final Database database;
    private final CentralServices services;
    private final CentralServer server;
    private final int port;

    public DemoCentral(Path folder, Clock clock, String kioskId, String establishmentId) {
        database = CentralDatabase.open(folder.resolve("central.db"));
        services = CentralServices.create(database, clock);
        DemoLoader.load(services);
        database.write(c -> {
            services.kiosks().register(c, kioskId, establishmentId);
            return null;
        });
        server = new CentralServer(services, Optional.empty(), Set.of("admin"));
        port = server.start("127.0.0.1", 0);
    }

    public Database database() {
        return database;
    }

    public CentralServices services() {
        return services;
    }

    /** A kiosk's client settings for this central: short timeouts, one quick retry. */
    public ClientSettings clientFor(String kioskId) {
        return ClientSettings.defaults("http://127.0.0.1:" + port, kioskId, Optional.empty())
                .withTimeouts(Duration.ofMillis(500), Duration.ofSeconds(2), Duration.ofSeconds(3))
                .withRetries(1, Duration.ofMillis(10), Duration.ofMillis(30));
    }

    @Override
    public void close() {
        server.close();
        database.close();
    }
}
