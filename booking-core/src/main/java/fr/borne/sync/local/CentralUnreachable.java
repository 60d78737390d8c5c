package fr.borne.sync.local;

import fr.borne.booking.Reason;
import fr.borne.booking.RuleId;

/**
 * The agent's answer (HTTP 503) when central could not be reached in time: nothing was
 * booked, changed or looked up, and the visitor is told so plainly (B10: never "maybe").
 * {@code reason} says what the visitor cannot do now: {@link Reason#FULL} for a round of
 * this establishment with no allotted seat left here, {@link Reason#OTHER_ESTABLISHMENT_NEEDS_NETWORK}
 * for anything about another establishment. {@code message} is for a technician.
 */
public record CentralUnreachable(String code, Reason reason, RuleId rule, String message) {

    public static final String CODE = "CENTRAL_UNREACHABLE";

    public static CentralUnreachable because(Reason reason, String message) {
        return new CentralUnreachable(CODE, reason, reason.rule(), message);
    }
}
