package fr.borne.agent.local;

import fr.borne.agent.client.CentralClient;
import fr.borne.agent.client.LinkState;
import fr.borne.agent.pull.FeedPuller;
import fr.borne.agent.push.OutboxPusher;
import fr.borne.agent.status.SyncTroubles;
import fr.borne.store.Database;
import fr.borne.store.OutboxRepository;
import fr.borne.sync.SyncTrouble;
import fr.borne.sync.local.AgentStatus;

import java.time.Duration;
import java.time.Instant;

/**
 * {@code GET /local/v1/status}: whether central answers and how fresh the replica is; with
 * a probe, whether central answers right now rather than at the agent's last call.
 */
public final class StatusReport {

    /** How long a probe waits for central at most. */
    static final Duration PROBE_WAIT = Duration.ofSeconds(1);

    private final Database database;
    private final LinkState link;
    private final OutboxPusher pusher;
    private final FeedPuller puller;
    private final CentralClient central;
    private final String kioskId;
    private final String establishmentId;
    private final SyncTroubles troubles;

    /** @param central asked by probes; its outcome is noted in {@code link} like any call's */
    public StatusReport(Database database, LinkState link, OutboxPusher pusher, FeedPuller puller,
                        CentralClient central, String kioskId, String establishmentId, SyncTroubles troubles) {
        this.troubles = troubles;
        this.puller = puller;
        this.central = central;
        this.database = database;
        this.link = link;
        this.pusher = pusher;
        this.kioskId = kioskId;
        this.establishmentId = establishmentId;
    }

    /**
     * Asks central now (one read of the feed, no heartbeat, within {@link #PROBE_WAIT}), then
     * reports: {@code centralReachable} and {@code lastProblem} are the probe's.
     */
    public AgentStatus probed() {
        central.probe(database.read(FeedPuller::cursor), PROBE_WAIT);
        return current();
    }

    public AgentStatus current() {
        LinkState.Snapshot snapshot = link.snapshot();
        Instant lastPull = puller.lastCaughtUp().or(() -> database.read(FeedPuller::caughtUpAt)).orElse(null);
        int pending = database.read(c -> new OutboxRepository(c).pendingCount());
        SyncTrouble trouble = database.read(troubles::read);
        Instant lastContact = snapshot.lastAnswer().orElse(null);
        return new AgentStatus(kioskId, establishmentId, snapshot.reachable(), lastContact, lastPull,
                pusher.lastAnswered().orElse(null), pending,
                snapshot.reachable() ? null : snapshot.lastProblem().orElse(null), trouble.parkedChanges(),
                trouble.parkedOutbox(), trouble.stuckOutbox(), trouble.lastReason());
    }
}
