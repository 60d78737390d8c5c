package fr.borne.sync.local;

import java.time.Instant;

/**
 * {@code GET /local/v1/status}: whether central answered the agent's last call, when the
 * replica last caught up with the feed ({@code lastPull}), when the outbox last reached
 * central ({@code lastPush}), and how many changes wait to be pushed. Times are null
 * until the thing first happened since the agent started (lastPull survives restarts).
 * {@code parkedChanges}, {@code parkedOutbox}, {@code stuckOutbox} and {@code lastParked}
 * tell what the agent set aside so that sync goes on ({@link fr.borne.sync.SyncTrouble}).
 */
public record AgentStatus(String kioskId, String establishmentId, boolean centralReachable, Instant lastContact,
                          Instant lastPull, Instant lastPush, int outboxPending, String lastProblem,
                          int parkedChanges, int parkedOutbox, int stuckOutbox, String lastParked) {

    /** A status that reports nothing parked (older agents). */
    public AgentStatus(String kioskId, String establishmentId, boolean centralReachable, Instant lastContact,
                       Instant lastPull, Instant lastPush, int outboxPending, String lastProblem) {
        this(kioskId, establishmentId, centralReachable, lastContact, lastPull, lastPush, outboxPending, lastProblem,
                0, 0, 0, null);
    }
}
