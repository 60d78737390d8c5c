package fr.borne.agent.local;

import fr.borne.agent.client.LinkState;
import fr.borne.agent.pull.FeedPuller;
import fr.borne.agent.push.OutboxPusher;
import fr.borne.store.Database;
import fr.borne.store.Sql;
import fr.borne.sync.local.AgentStatus;

import java.time.Instant;

/** {@code GET /local/v1/status}: whether central answers and how fresh the replica is. */
public final class StatusReport {

    private final Database database;
    private final LinkState link;
    private final OutboxPusher pusher;
    private final FeedPuller puller;
    private final String kioskId;
    private final String establishmentId;

    public StatusReport(Database database, LinkState link, OutboxPusher pusher, FeedPuller puller, String kioskId,
                        String establishmentId) {
        this.puller = puller;
        this.database = database;
        this.link = link;
        this.pusher = pusher;
        this.kioskId = kioskId;
        this.establishmentId = establishmentId;
    }

    public AgentStatus current() {
        LinkState.Snapshot snapshot = link.snapshot();
        Instant lastPull = puller.lastCaughtUp().or(() -> database.read(FeedPuller::caughtUpAt)).orElse(null);
        int pending = database.read(c -> Sql.count(c, "SELECT count(*) FROM outbox WHERE state = 'PENDING'"));
        Instant lastContact = snapshot.lastAnswer().orElse(null);
        return new AgentStatus(kioskId, establishmentId, snapshot.reachable(), lastContact, lastPull,
                pusher.lastAnswered().orElse(null), pending,
                snapshot.reachable() ? null : snapshot.lastProblem().orElse(null));
    }
}
