package fr.borne.agent;

import com.fasterxml.jackson.databind.ObjectMapper;
import fr.borne.agent.allotment.AllotmentKeeper;
import fr.borne.agent.audit.AuditPusher;
import fr.borne.agent.client.CentralClient;
import fr.borne.agent.client.ClientSettings;
import fr.borne.agent.client.LinkState;
import fr.borne.agent.heartbeat.HeartbeatSender;
import fr.borne.agent.local.LocalApi;
import fr.borne.agent.local.OnlineBookings;
import fr.borne.agent.local.RemoteVisitors;
import fr.borne.agent.local.StatusReport;
import fr.borne.agent.pull.FeedPuller;
import fr.borne.agent.push.OutboxPusher;
import fr.borne.agent.push.Withdrawals;
import fr.borne.agent.status.StatusRows;
import fr.borne.agent.status.SyncTroubles;
import fr.borne.agent.watchdog.WatchdogFile;
import fr.borne.settings.BookingSettings;
import fr.borne.store.Database;
import fr.borne.sync.SyncJson;
import fr.borne.technician.AuditLog;
import fr.borne.technician.KioskState;
import fr.borne.technician.SyncNowRequests;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

/** The agent's object graph, built by constructors from its configuration. */
public final class AgentAssembly implements AutoCloseable {

    public static final String VERSION = "0.1.0";
    /** What the local API keeps of the kiosk app's online wait for itself; central's call gets the rest. */
    static final Duration LOCAL_SHARE = Duration.ofMillis(200);
    static final Duration MIN_ONLINE_BUDGET = Duration.ofMillis(300);

    private final AgentConfig config;
    private final ObjectMapper json = SyncJson.mapper();
    private final Database database;
    private final LinkState link;
    private final CentralClient client;
    private final OutboxPusher pusher;
    private final FeedPuller puller;
    private final SyncAgent agent;
    private final HeartbeatSender heartbeat;
    private final Withdrawals withdrawals;
    private final Clock clock;
    private CentralClient onlineClient;
    private LocalApi localApi;

    public AgentAssembly(AgentConfig config, Clock clock) {
        this.config = config;
        this.clock = clock;
        this.database = Database.open(config.database());
        this.link = new LinkState(clock);
        this.client = new CentralClient(config.client(), json, link);
        this.pusher = new OutboxPusher(database, client, json, clock, config.rowRetry());
        SyncTroubles troubles = new SyncTroubles(config.rowRetry().flagAfter());
        this.puller = new FeedPuller(database, client, clock, config.pageSize());
        AllotmentKeeper keeper = new AllotmentKeeper(database, client, clock, config.kioskId(),
                config.establishmentId(), BookingSettings.NATIONAL, config.allotmentSeats());
        this.heartbeat = new HeartbeatSender(database, client, clock, VERSION, new KioskState(database, clock),
                troubles);
        this.withdrawals = new Withdrawals(database, client, clock);
        AuditPusher audit = new AuditPusher(new AuditLog(database, clock), client);
        WatchdogFile watchdog = config.watchdog()
                .map(w -> new WatchdogFile(Optional.of(w.file()), w.every()))
                .orElseGet(WatchdogFile::none);
        this.agent = new SyncAgent(database, new SyncAgent.Duties(pusher, withdrawals, puller, keeper, audit, heartbeat,
                        new StatusRows(database, link, pusher::lastAnswered, clock, troubles)),
                new SyncNowRequests(database, clock), watchdog, clock, config.periods());
    }

    /**
     * Starts the kiosk app's loopback API if the configuration asks for it, and returns its
     * port. Once it listens, its fresh token is written to the configured file (not before: an
     * agent started twice by mistake leaves the running one's token alone); only callers that
     * read it are answered. Its calls to central are short, so the visitor waits a few seconds at most.
     */
    public synchronized Optional<Integer> startLocalApi() {
        if (config.localApi().isEmpty() || localApi != null) {
            return Optional.ofNullable(localApi).map(api -> api.boundAddress().getPort());
        }
        AgentConfig.LocalApi settings = config.localApi().get();
        onlineClient = new CentralClient(onlineSettings(config.client(), settings.onlineWait()), json, link);
        String token = LocalApi.freshToken();
        LocalApi api = new LocalApi(new OnlineBookings(database, onlineClient, withdrawals, config.establishmentId(),
                clock), new RemoteVisitors(onlineClient),
                new StatusReport(database, link, pusher, puller, onlineClient, config.kioskId(),
                        config.establishmentId(), new SyncTroubles(pusher.flagAfter())),
                agent::nudge, json, token);
        int port;
        try {
            port = api.start(settings.port());
        } catch (RuntimeException e) {
            api.close();
            onlineClient.close();
            throw e;
        }
        localApi = api;
        LocalApi.publishToken(settings.tokenFile(), token, settings.tokenGroup());
        return Optional.of(port);
    }

    /**
     * Two tries within {@code wait}, less what the local API itself takes: a lost packet is
     * retried once, and a dead link, a silent central or a name lookup that hangs are all
     * answered "unreachable" in time.
     */
    static ClientSettings onlineSettings(ClientSettings base, Duration wait) {
        Duration budget = wait.minus(LOCAL_SHARE);
        if (budget.compareTo(MIN_ONLINE_BUDGET) < 0) {
            budget = MIN_ONLINE_BUDGET;
        }
        Duration attempt = budget.dividedBy(2);
        return base.withTimeouts(attempt, attempt, attempt).withRetries(1, Duration.ofMillis(50), Duration.ofMillis(100))
                .withBudget(budget);
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

    public Optional<LocalApi> localApi() {
        return Optional.ofNullable(localApi);
    }

    @Override
    public synchronized void close() {
        agent.stop();
        if (localApi != null) {
            localApi.close();
            onlineClient.close();
            config.localApi().ifPresent(settings -> LocalApi.forgetToken(settings.tokenFile()));
        }
        client.close();
        database.close();
    }
}
