package fr.borne.kiosk.booking;

import fr.borne.kiosk.KioskContext;
import fr.borne.visitor.Visitor;

import java.util.ArrayList;
import java.util.List;

/** Who may be named in a booking for a detainee (B2, C7): the badge holder if their own permit is active, then the others. */
public final class Companions {

    private Companions() {
    }

    public static List<Visitor> candidates(KioskContext ctx, Visitor self, String detaineeId) {
        List<Visitor> people = new ArrayList<>();
        boolean selfAllowed = ctx.directory().permitsOf(self.id()).stream()
                .anyMatch(p -> p.detaineeId().equals(detaineeId) && p.isActive());
        if (selfAllowed) {
            people.add(self);
        }
        ctx.directory().companionsFor(self.id(), detaineeId).stream()
                .filter(v -> !v.id().equals(self.id()))
                .forEach(people::add);
        return people;
    }

    /** The lead visitor plus the companions allowed (B2), as the settings in force for this detainee say. */
    public static int maxVisitors(KioskContext ctx, String detaineeId) {
        return ctx.figures().forDetainee(detaineeId).maxVisitors();
    }
}
