package fr.borne.agent;

import com.fasterxml.jackson.databind.ObjectMapper;
import fr.borne.agent.allotment.AllotmentKeeper;
import fr.borne.agent.client.CentralClient;
import fr.borne.agent.heartbeat.HeartbeatSender;
import fr.borne.agent.pull.FeedPuller;
import fr.borne.agent.push.OutboxPusher;
import fr.borne.settings.BookingSettings;
import fr.borne.store.Database;
import fr.borne.sync.SyncJson;

import java.time.Clock;

/** The agent's object graph, built by constructors from its configuration. */
public final class AgentAssembly implements AutoCloseable {

    public static final String VERSION = "0.1.0";

    private final Database database;
    private final CentralClient client;
    private final SyncAgent agent;
    private final HeartbeatSender heartbeat;

    public AgentAssembly(AgentConfig config, Clock clock) {
        ObjectMapper json = SyncJson.mapper();
        this.database = Database.open(config.database());
        this.client = new CentralClient(config.client(), json);
        OutboxPusher pusher = new OutboxPusher(database, client, json, clock);
        FeedPuller puller = new FeedPuller(database, client, clock, config.pageSize());
        AllotmentKeeper keeper = new AllotmentKeeper(database, client, clock, config.kioskId(),
                config.establishmentId(), BookingSettings.NATIONAL, config.allotmentSeats());
        this.heartbeat = new HeartbeatSender(database, client, clock, VERSION);
        this.agent = new SyncAgent(database, pusher, puller, keeper, heartbeat, config.periods());
    }

    public SyncAgent agent() {
        return agent;
    }

    public Database database() {
        return database;
    }

    public HeartbeatSender heartbeat() {
        return heartbeat;
    }

    @Override
    public void close() {
        agent.stop();
        client.close();
        database.close();
    }
}
