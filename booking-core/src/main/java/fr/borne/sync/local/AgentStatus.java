package fr.borne.sync.local;

import java.time.Instant;

/**
 * {@code GET /local/v1/status}: whether central answered the agent's last call, when the
 * replica last caught up with the feed ({@code lastPull}), when the outbox last reached
 * central ({@code lastPush}), and how many changes wait to be pushed. Times are null
 * until the thing first happened since the agent started (lastPull survives restarts).
 */
public record AgentStatus(String kioskId, String establishmentId, boolean centralReachable, Instant lastContact,
                          Instant lastPull, Instant lastPush, int outboxPending, String lastProblem) {
}
