package fr.borne.kiosk.i18n;

import fr.borne.settings.BookingSettings;

import java.time.Duration;
import java.util.Objects;

/**
 * The figures of the booking rules a visitor reads (RULES.md B1–B4, B7, T1), as the
 * layered settings give them for one establishment, round or detainee. Words never carry
 * these figures themselves: a screen passes them to its message as arguments.
 *
 * @param convocationLead      how long before the round visitors must be there (T1)
 * @param opensDaysBefore      how many days ahead a round opens for booking (B1)
 * @param closesBefore         how long before the round booking closes (B1)
 * @param visitorsChangeBefore how long before the round companions can still be changed (B3)
 * @param cancelBefore         how long before the round the kiosk still cancels (B4)
 * @param maxVisitors          the lead visitor and the companions allowed (B2)
 * @param disciplinaryDays     the rolling days of the disciplinary quota (B7, C4)
 */
public record VisitFigures(Duration convocationLead, int opensDaysBefore, Duration closesBefore,
                           Duration visitorsChangeBefore, Duration cancelBefore, int maxVisitors,
                           int disciplinaryDays) {

    public VisitFigures {
        Objects.requireNonNull(convocationLead, "convocationLead");
        Objects.requireNonNull(closesBefore, "closesBefore");
        Objects.requireNonNull(visitorsChangeBefore, "visitorsChangeBefore");
        Objects.requireNonNull(cancelBefore, "cancelBefore");
    }

    public static VisitFigures of(BookingSettings settings) {
        return new VisitFigures(settings.convocationLead(), settings.opensDaysBefore(), settings.closesBefore(),
                settings.visitorsChangeBefore(), settings.cancelBefore(), 1 + settings.maxCompanions(),
                settings.disciplinaryDays());
    }

    /** The convocation lead in whole minutes, as every screen and receipt says it. */
    public long convocationMinutes() {
        return convocationLead.toMinutes();
    }
}
