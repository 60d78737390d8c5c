package fr.borne.agent.client;

import java.time.Duration;
import java.util.Optional;

/**
 * How the agent reaches central. {@code tls} is the production path; without it the
 * agent names itself by header, which central accepts only in its loopback demo mode.
 */
public record ClientSettings(String baseUrl, String kioskId, Optional<ClientTls> tls, Duration connectTimeout,
                             Duration readTimeout, Duration callTimeout, int retries, Duration firstBackoff,
                             Duration maxBackoff) {

    public static ClientSettings defaults(String baseUrl, String kioskId, Optional<ClientTls> tls) {
        return new ClientSettings(baseUrl, kioskId, tls, Duration.ofSeconds(3), Duration.ofSeconds(10),
                Duration.ofSeconds(30), 3, Duration.ofMillis(200), Duration.ofSeconds(5));
    }

    public ClientSettings withTimeouts(Duration connect, Duration read, Duration call) {
        return new ClientSettings(baseUrl, kioskId, tls, connect, read, call, retries, firstBackoff, maxBackoff);
    }

    public ClientSettings withRetries(int count, Duration first, Duration max) {
        return new ClientSettings(baseUrl, kioskId, tls, connectTimeout, readTimeout, callTimeout, count, first, max);
    }
}
