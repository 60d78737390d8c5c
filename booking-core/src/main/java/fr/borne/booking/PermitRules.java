package fr.borne.booking;

import fr.borne.permit.Permit;
import fr.borne.permit.PermitKind;
import fr.borne.permit.PermitStatus;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * P1–P3 and C7: every visitor named needs their own active permit for the detainee;
 * a provisional permit needs a visit left; the badge holder who books need not come,
 * but must hold a permit for that detainee, even a suspended one.
 */
final class PermitRules {

    private PermitRules() {
    }

    /**
     * @param visitorIds   the visitors, each once, the lead visitor first
     * @param alreadyNamed visitors whose provisional visit this booking already uses (a
     *                     change of companions keeps them without using another, C8)
     */
    static List<Refusal> visitors(Facts facts, List<String> visitorIds, Set<String> alreadyNamed) {
        List<Refusal> refusals = new ArrayList<>();
        for (int i = 0; i < visitorIds.size(); i++) {
            String visitorId = visitorIds.get(i);
            if (facts.visitor(visitorId).isEmpty()) {
                refusals.add(Refusal.forVisitor(Reason.UNKNOWN_VISITOR, visitorId));
                continue;
            }
            Optional<Permit> permit = facts.permit(visitorId);
            if (permit.isEmpty()) {
                Reason reason = i == 0 ? Reason.NO_PERMIT : Reason.COMPANION_WITHOUT_PERMIT;
                refusals.add(Refusal.forVisitor(reason, visitorId));
                continue;
            }
            statusRefusal(permit.get()).ifPresent(refusals::add);
            if (usedUp(permit.get()) && !alreadyNamed.contains(visitorId)) {
                refusals.add(Refusal.forVisitor(Reason.PROVISIONAL_PERMIT_USED_UP, visitorId));
            }
        }
        return refusals;
    }

    /**
     * C7: a badge holder booking for others only must be known and hold a permit naming
     * the detainee; a suspension stops their own visits, not their booking for family.
     * A withdrawn permit ends any standing with that detainee.
     */
    static List<Refusal> booker(Facts facts, String bookedBy, List<String> visitorIds) {
        if (visitorIds.contains(bookedBy)) {
            return List.of();
        }
        if (facts.visitor(bookedBy).isEmpty()) {
            return List.of(Refusal.forVisitor(Reason.UNKNOWN_VISITOR, bookedBy));
        }
        Optional<Permit> permit = facts.permit(bookedBy);
        if (permit.isEmpty()) {
            return List.of(Refusal.forVisitor(Reason.NO_PERMIT, bookedBy));
        }
        if (permit.get().status() == PermitStatus.WITHDRAWN) {
            return List.of(Refusal.forVisitor(Reason.PERMIT_WITHDRAWN, bookedBy));
        }
        return List.of();
    }

    private static Optional<Refusal> statusRefusal(Permit permit) {
        return switch (permit.status()) {
            case ACTIVE -> Optional.empty();
            case SUSPENDED -> Optional.of(Refusal.forVisitor(Reason.PERMIT_SUSPENDED, permit.visitorId()));
            case WITHDRAWN -> Optional.of(Refusal.forVisitor(Reason.PERMIT_WITHDRAWN, permit.visitorId()));
        };
    }

    /** P2: each booking uses one visit, so the last one (1 left) may still be booked. */
    private static boolean usedUp(Permit permit) {
        return permit.kind() == PermitKind.PROVISIONAL && permit.remainingVisits() <= 0;
    }
}
