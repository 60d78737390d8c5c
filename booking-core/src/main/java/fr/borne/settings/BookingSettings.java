package fr.borne.settings;

import fr.borne.detainee.PenalCategory;
import fr.borne.establishment.VisitType;

import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Every number of RULES.md that an establishment, a round or a detainee may change.
 * {@link #NATIONAL} holds the defaults; layers override them (see {@link SettingsSource}).
 */
public record BookingSettings(
        int opensDaysBefore,
        Duration closesBefore,
        Duration visitorsChangeBefore,
        Duration cancelBefore,
        Duration convocationLead,
        int maxCompanions,
        Map<PenalCategory, Integer> weeklyQuota,
        int disciplinaryDays,
        Duration seatHold,
        Set<VisitType> kioskVisitTypes) {

    /**
     * B1, B3, B4, T1, B2, B7 (Rouen's 2 for sentenced), C4, a 3-minute hold and B9 (only
     * ordinary visits at a kiosk).
     */
    public static final BookingSettings NATIONAL = new BookingSettings(
            15,
            Duration.ofHours(48),
            Duration.ofHours(48),
            Duration.ofHours(48),
            Duration.ofMinutes(30),
            2,
            Map.of(PenalCategory.UNTRIED, 3, PenalCategory.SENTENCED, 2),
            7,
            Duration.ofMinutes(3),
            Set.of(VisitType.ORDINARY));

    public BookingSettings {
        Objects.requireNonNull(closesBefore, "closesBefore");
        Objects.requireNonNull(visitorsChangeBefore, "visitorsChangeBefore");
        Objects.requireNonNull(cancelBefore, "cancelBefore");
        Objects.requireNonNull(convocationLead, "convocationLead");
        Objects.requireNonNull(seatHold, "seatHold");
        weeklyQuota = Map.copyOf(weeklyQuota);
        kioskVisitTypes = Set.copyOf(kioskVisitTypes);
    }

    /** B9: whether a kiosk may book this kind of visit here. */
    public boolean kioskBooks(VisitType type) {
        return kioskVisitTypes.contains(type);
    }

    public int weeklyQuota(PenalCategory category) {
        return weeklyQuota.getOrDefault(category, 1);
    }
}
