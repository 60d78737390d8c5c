package fr.borne.booking;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** The answer to "may this be done now": allowed, or every rule that fails. */
public record Decision(List<Refusal> refusals) {

    public static final Decision ALLOWED = new Decision(List.of());

    public Decision {
        refusals = List.copyOf(refusals);
    }

    public static Decision refused(Refusal... refusals) {
        return new Decision(List.of(refusals));
    }

    public boolean allowed() {
        return refusals.isEmpty();
    }

    public Set<RuleId> failedRules() {
        return refusals.stream().map(Refusal::rule).collect(Collectors.toUnmodifiableSet());
    }

    public Set<Reason> reasons() {
        return refusals.stream().map(Refusal::reason).collect(Collectors.toUnmodifiableSet());
    }
}
