package fr.borne.kiosk.session;

import java.time.Duration;
import java.util.Objects;

/**
 * How long the kiosk waits without a touch before warning ({@code idle}), and how long the
 * warning counts down before the session ends ({@code warning}). WCAG 2.2.1 asks for the
 * warning and a way to get more time.
 */
public record Timeouts(Duration idle, Duration warning) {

    public static final Timeouts DEFAULT = new Timeouts(Duration.ofSeconds(60), Duration.ofSeconds(20));

    public Timeouts {
        Objects.requireNonNull(idle, "idle");
        Objects.requireNonNull(warning, "warning");
    }
}
