package fr.borne.booking;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One rule that fails. {@code visitorId} names the visitor concerned when the reason is
 * about one person (a companion without permit, a minor); {@code retryFrom} says when
 * the same request would next succeed, where that is knowable (the quota renews on
 * Monday, the round opens on the 2nd at 09:15).
 */
public record Refusal(Reason reason, Optional<String> visitorId, Optional<Instant> retryFrom) {

    public Refusal {
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(visitorId, "visitorId");
        Objects.requireNonNull(retryFrom, "retryFrom");
    }

    public static Refusal of(Reason reason) {
        return new Refusal(reason, Optional.empty(), Optional.empty());
    }

    public static Refusal forVisitor(Reason reason, String visitorId) {
        return new Refusal(reason, Optional.of(visitorId), Optional.empty());
    }

    public static Refusal until(Reason reason, Instant retryFrom) {
        return new Refusal(reason, Optional.empty(), Optional.of(retryFrom));
    }

    public RuleId rule() {
        return reason.rule();
    }
}
