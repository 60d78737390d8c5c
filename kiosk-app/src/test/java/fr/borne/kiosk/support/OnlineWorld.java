package fr.borne.kiosk.support;

import fr.borne.agent.AgentAssembly;
import fr.borne.agent.AgentConfig;
import fr.borne.agent.SyncAgent;
import fr.borne.agent.client.ClientSettings;
import fr.borne.central.CentralDatabase;
import fr.borne.central.CentralServices;
import fr.borne.central.DemoLoader;
import fr.borne.central.http.CentralServer;
import fr.borne.kiosk.online.AgentLocalClient;
import fr.borne.store.Database;
import fr.borne.sync.local.LocalApiToken;

import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;

/**
 * The real central server (plain HTTP on loopback, callers named by header, as in the
 * embedded demo) with the demo data, and the real sync agent of one kiosk with its local
 * API, on SQLite files in a folder. The kiosk app under test talks to the agent only.
 */
public final class OnlineWorld implements AutoCloseable {

    private final Database centralDb;
    private final CentralServer server;
    private final AgentAssembly agent;
    private final int localPort;
    private final ScreenThreadGuard guard = new ScreenThreadGuard();

    private OnlineWorld(Database centralDb, CentralServer server, AgentAssembly agent, int localPort) {
        this.centralDb = centralDb;
        this.server = server;
        this.agent = agent;
        this.localPort = localPort;
    }

    /** Central with the demo data and a kiosk of {@code establishmentId}, its agent synced once. */
    public static OnlineWorld start(Path folder, String kioskId, String establishmentId, Clock clock) {
        return start(folder, kioskId, establishmentId, 2, clock);
    }

    /** @param allotment free seats the agent asks central to allot this kiosk per open round */
    public static OnlineWorld start(Path folder, String kioskId, String establishmentId, int allotment, Clock clock) {
        Database centralDb = CentralDatabase.open(folder.resolve("central.db"));
        CentralServices services = CentralServices.create(centralDb, clock);
        DemoLoader.load(services);
        centralDb.write(c -> {
            services.kiosks().register(c, kioskId, establishmentId);
            return null;
        });
        CentralServer server = new CentralServer(services, Optional.empty(), Set.of("admin"));
        int port = server.start("127.0.0.1", 0);
        ClientSettings client = ClientSettings.defaults("http://127.0.0.1:" + port, kioskId, Optional.empty())
                // generous, each hop longer than the one it waits for: a busy machine answers late, not never;
                // a central that is down refuses at once and is not slowed by them
                .withTimeouts(Duration.ofSeconds(5), Duration.ofSeconds(20), Duration.ofSeconds(25))
                .withRetries(1, Duration.ofMillis(10), Duration.ofMillis(30));
        AgentAssembly agent = new AgentAssembly(new AgentConfig(folder.resolve(kioskId + ".db"), client, kioskId,
                establishmentId, allotment, 500, SyncAgent.Periods.defaults()).withLocalApi(0, Duration.ofSeconds(30)), clock);
        agent.agent().syncOnce();
        int localPort = agent.startLocalApi().orElseThrow();
        return new OnlineWorld(centralDb, server, agent, localPort);
    }

    public Path kioskDatabase() {
        return agent.database().file();
    }

    public AgentAssembly agent() {
        return agent;
    }

    public Database central() {
        return centralDb;
    }

    public AgentLocalClient client() {
        return client(localApi());
    }

    /** The agent's local API. */
    public URI localApi() {
        return URI.create("http://127.0.0.1:" + localPort);
    }

    /**
     * A client of the agent's local API reached at {@code uri} (through a slow link, say); a
     * call made with it on the JavaFX thread fails the test when the world closes.
     */
    public AgentLocalClient client(URI uri) {
        return guard.watch(new AgentLocalClient(uri, LocalApiToken.besideReplica(kioskDatabase()),
                new AgentLocalClient.Timeouts(Duration.ofSeconds(5), Duration.ofSeconds(35), Duration.ofSeconds(35))));
    }

    /** Central goes away: the agent's online answers say so. */
    public void centralDown() {
        server.close();
    }

    /** Stops central and the agent; then fails if the agent was asked on the JavaFX thread. */
    @Override
    public void close() {
        agent.close();
        server.close();
        centralDb.close();
        guard.verify();
    }
}
