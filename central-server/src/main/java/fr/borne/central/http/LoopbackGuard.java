package fr.borne.central.http;

import java.util.Optional;
import java.util.Set;

/**
 * The plain-HTTP demo central answers on loopback only, and only to requests addressed to
 * loopback by name: a page of another site that rebinds its DNS name to 127.0.0.1 sends
 * its own name as {@code Host} and is turned away.
 */
final class LoopbackGuard {

    private static final Set<String> LOOPBACK_NAMES = Set.of("127.0.0.1", "localhost", "::1", "[::1]");

    private LoopbackGuard() {
    }

    static boolean isLoopback(String host) {
        return LOOPBACK_NAMES.contains(host);
    }

    /** Empty when the {@code Host} header names loopback; else why the request is refused. */
    static Optional<String> check(String hostHeader) {
        if (hostHeader == null || hostHeader.isBlank()) {
            return Optional.of("a Host header naming loopback is required");
        }
        String name = hostHeader.startsWith("[")
                ? hostHeader.substring(0, hostHeader.indexOf(']') + 1)
                : hostHeader.replaceFirst(":\\d*$", "");
        return isLoopback(name) ? Optional.empty() : Optional.of("this demo server answers loopback names only");
    }
}
