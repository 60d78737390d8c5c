package fr.borne.booking;

import fr.borne.settings.BookingSettings;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** B2: a booking names 1 lead visitor and at most {@code maxCompanions} others, each once. */
final class PartyRules {

    private PartyRules() {
    }

    static List<Refusal> check(List<String> visitorIds, BookingSettings settings) {
        if (visitorIds.isEmpty()) {
            return List.of(Refusal.of(Reason.NO_VISITOR));
        }
        List<Refusal> refusals = new ArrayList<>();
        if (visitorIds.size() > 1 + settings.maxCompanions()) {
            refusals.add(Refusal.of(Reason.TOO_MANY_VISITORS));
        }
        Set<String> seen = new HashSet<>();
        Set<String> reported = new HashSet<>();
        for (String visitorId : visitorIds) {
            if (!seen.add(visitorId) && reported.add(visitorId)) {
                refusals.add(Refusal.forVisitor(Reason.SAME_VISITOR_TWICE, visitorId));
            }
        }
        return refusals;
    }

    /** The visitors in the order given, each once; the first is the lead visitor. */
    static List<String> distinct(List<String> visitorIds) {
        return visitorIds.stream().distinct().toList();
    }
}
