package fr.borne.sync;

import fr.borne.booking.Reason;
import fr.borne.booking.Refusal;
import fr.borne.booking.RuleId;

import java.time.Instant;
import java.util.Optional;

/** One refusal on the wire: the machine-readable reason and the rule of RULES.md it comes from. */
public record RefusalData(Reason reason, RuleId rule, String visitorId, Instant retryFrom) {

    public static RefusalData of(Refusal refusal) {
        return new RefusalData(refusal.reason(), refusal.rule(), refusal.visitorId().orElse(null),
                refusal.retryFrom().orElse(null));
    }

    public Refusal toRefusal() {
        return new Refusal(reason, Optional.ofNullable(visitorId), Optional.ofNullable(retryFrom));
    }
}
