package fr.borne.agent.client;

import java.time.Duration;
import java.util.Optional;

/**
 * How the agent reaches central. {@code tls} is the production path; without it the
 * agent names itself by header, which central accepts only in its loopback demo mode.
 * Each attempt is bounded by the three timeouts; {@code budget} bounds a whole call,
 * retries and the waits between them included, whatever blocks inside it (a name lookup
 * with the network gone cannot be cut short, so the caller stops waiting for it).
 */
public record ClientSettings(String baseUrl, String kioskId, Optional<ClientTls> tls, Duration connectTimeout,
                             Duration readTimeout, Duration callTimeout, int retries, Duration firstBackoff,
                             Duration maxBackoff, Duration budget) {

    /** A call of the sync loop: long enough for a large page of the feed on a slow line, retries included. */
    public static final Duration DEFAULT_BUDGET = Duration.ofSeconds(60);

    public ClientSettings {
        if (budget.isNegative() || budget.isZero()) {
            throw new IllegalArgumentException("a call's budget must be positive: " + budget);
        }
    }

    public static ClientSettings defaults(String baseUrl, String kioskId, Optional<ClientTls> tls) {
        return new ClientSettings(baseUrl, kioskId, tls, Duration.ofSeconds(3), Duration.ofSeconds(10),
                Duration.ofSeconds(30), 3, Duration.ofMillis(200), Duration.ofSeconds(5), DEFAULT_BUDGET);
    }

    public ClientSettings withTimeouts(Duration connect, Duration read, Duration call) {
        return new ClientSettings(baseUrl, kioskId, tls, connect, read, call, retries, firstBackoff, maxBackoff,
                budget);
    }

    public ClientSettings withRetries(int count, Duration first, Duration max) {
        return new ClientSettings(baseUrl, kioskId, tls, connectTimeout, readTimeout, callTimeout, count, first, max,
                budget);
    }

    /** Every call, retries included, ends within {@code total}. */
    public ClientSettings withBudget(Duration total) {
        return new ClientSettings(baseUrl, kioskId, tls, connectTimeout, readTimeout, callTimeout, retries,
                firstBackoff, maxBackoff, total);
    }
}
