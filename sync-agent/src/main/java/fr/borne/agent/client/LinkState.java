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

    /** The last call that central answered (even with a refusal), and the last that never reached it. */
    public record Snapshot(Optional<Instant> lastAnswer, Optional<Instant> lastFailure, Optional<String> lastProblem) {

        /** Reachable when the most recent call was answered. */
        public boolean reachable() {
            return lastAnswer.isPresent() && lastFailure.map(f -> lastAnswer.get().isAfter(f)).orElse(true);
        }
    }

    private final Clock clock;
    private Instant lastAnswer;
    private Instant lastFailure;
    private String lastProblem;

    public LinkState(Clock clock) {
        this.clock = clock;
    }

    synchronized void answered() {
        lastAnswer = clock.instant();
    }

    synchronized void failed(String why) {
        lastFailure = clock.instant();
        lastProblem = why;
    }

    public synchronized Snapshot snapshot() {
        return new Snapshot(Optional.ofNullable(lastAnswer), Optional.ofNullable(lastFailure),
                Optional.ofNullable(lastProblem));
    }
}
