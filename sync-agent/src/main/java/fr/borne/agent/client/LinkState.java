package fr.borne.agent.client;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * How the last calls to central went, for the kiosk app's status question and the
 * technician: shared by every client of one agent. Memory only; a restarted agent knows
 * again after its first call.
 */
public final class LinkState {

    /**
     * Reachable when the most recent call was answered (even with a refusal); when central
     * last answered, and why the last call that never reached it failed.
     */
    public record Snapshot(boolean reachable, Optional<Instant> lastAnswer, Optional<String> lastProblem) {
    }

    private final Clock clock;
    private boolean reachable;
    private Instant lastAnswer;
    private String lastProblem;

    public LinkState(Clock clock) {
        this.clock = clock;
    }

    synchronized void answered() {
        reachable = true;
        lastAnswer = clock.instant();
    }

    synchronized void failed(String why) {
        reachable = false;
        lastProblem = why;
    }

    public synchronized Snapshot snapshot() {
        return new Snapshot(reachable, Optional.ofNullable(lastAnswer), Optional.ofNullable(lastProblem));
    }
}
