package fr.borne.booking;

import fr.borne.permit.Permit;
import fr.borne.visitor.Visitor;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * P4 with C3 (ages on the round's date): under 16 needs an adult with an active permit
 * for the same detainee in the same booking; 16–17 without such an adult needs parental
 * consent on the permit and the detainee to be their parent.
 */
final class MinorRules {

    static final int ADULT = 18;
    static final int MAY_COME_ALONE = 16;

    private MinorRules() {
    }

    static List<Refusal> check(Facts facts, List<String> visitorIds, LocalDate date) {
        boolean adultPresent = visitorIds.stream().anyMatch(id -> isAdultWithActivePermit(facts, id, date));
        if (adultPresent) {
            return List.of();
        }
        List<Refusal> refusals = new ArrayList<>();
        for (String visitorId : visitorIds) {
            Optional<Visitor> visitor = facts.visitor(visitorId);
            if (visitor.isEmpty() || visitor.get().ageOn(date) >= ADULT) {
                continue;
            }
            if (visitor.get().ageOn(date) < MAY_COME_ALONE) {
                refusals.add(Refusal.forVisitor(Reason.MINOR_UNACCOMPANIED, visitorId));
            } else {
                // without any permit P1 already refuses; saying more would only confuse
                Optional<Permit> permit = facts.permit(visitorId);
                if (permit.isPresent() && !mayComeAlone(permit.get())) {
                    refusals.add(Refusal.forVisitor(Reason.MINOR_ALONE_NOT_ALLOWED, visitorId));
                }
            }
        }
        return refusals;
    }

    private static boolean isAdultWithActivePermit(Facts facts, String visitorId, LocalDate date) {
        return facts.visitor(visitorId).filter(v -> v.ageOn(date) >= ADULT).isPresent()
                && facts.permit(visitorId).filter(Permit::isActive).isPresent();
    }

    private static boolean mayComeAlone(Permit permit) {
        return permit.parentalConsent() && permit.detaineeIsParent();
    }
}
