package fr.borne.central.fleet;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class LivenessTest {

    private static final Instant NOW = Instant.parse("2026-11-23T13:00:00Z");
    private static final Duration THREE_MINUTES = Duration.ofMinutes(3);

    @Test
    void a_kiosk_heard_from_within_the_threshold_is_live() {
        assertThat(Liveness.of(Optional.of(NOW.minusSeconds(30)), NOW, THREE_MINUTES)).isEqualTo(Liveness.LIVE);
    }

    @Test
    void a_kiosk_silent_exactly_for_the_threshold_is_still_live() {
        assertThat(Liveness.of(Optional.of(NOW.minus(THREE_MINUTES)), NOW, THREE_MINUTES)).isEqualTo(Liveness.LIVE);
    }

    @Test
    void a_kiosk_silent_a_millisecond_longer_than_the_threshold_is_stale() {
        Instant seen = NOW.minus(THREE_MINUTES).minusMillis(1);
        assertThat(Liveness.of(Optional.of(seen), NOW, THREE_MINUTES)).isEqualTo(Liveness.STALE);
    }

    @Test
    void a_kiosk_never_heard_from_is_never_seen_and_needs_attention() {
        Liveness liveness = Liveness.of(Optional.empty(), NOW, THREE_MINUTES);
        assertThat(liveness).isEqualTo(Liveness.NEVER_SEEN);
        assertThat(liveness.needsAttention()).isTrue();
        assertThat(Liveness.LIVE.needsAttention()).isFalse();
    }

    @Test
    void a_heartbeat_stamped_ahead_of_central_does_not_make_a_kiosk_stale() {
        assertThat(Liveness.of(Optional.of(NOW.plusSeconds(5)), NOW, THREE_MINUTES)).isEqualTo(Liveness.LIVE);
    }
}
