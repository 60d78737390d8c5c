package fr.borne.booking;

import fr.borne.settings.BookingSettings;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.Comparator;
import java.util.Optional;

/**
 * B7 with C4: a detainee's visits per calendar week (Monday to Sunday) by penal
 * category, or, in a disciplinary cell, one visit per {@code disciplinaryDays}
 * consecutive days. A booking counts once whatever its rounds (B8).
 */
final class QuotaRules {

    private QuotaRules() {
    }

    static Optional<Refusal> check(Facts facts, LocalDate date, BookingSettings settings) {
        return facts.detainee().inDisciplinaryCell()
                ? disciplinary(facts, date, settings.disciplinaryDays())
                : weekly(facts, date, settings.weeklyQuota(facts.detainee().category()));
    }

    /** Renews on the Monday after, at midnight in the establishment's zone. */
    private static Optional<Refusal> weekly(Facts facts, LocalDate date, int quota) {
        LocalDate monday = date.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        LocalDate nextMonday = monday.plusWeeks(1);
        long booked = facts.detaineeBookings().stream()
                .filter(booking -> !booking.date().isBefore(monday) && booking.date().isBefore(nextMonday))
                .count();
        if (booked < quota) {
            return Optional.empty();
        }
        return Optional.of(Refusal.until(Reason.WEEKLY_QUOTA_REACHED, nextMonday.atStartOfDay(facts.zone()).toInstant()));
    }

    /**
     * C4 compares dates: a visit on date d blocks every date less than {@code days} days
     * away, before or after. The retry date is the first one clear of the latest such visit.
     */
    private static Optional<Refusal> disciplinary(Facts facts, LocalDate date, int days) {
        return facts.detaineeBookings().stream()
                .map(booking -> booking.date())
                .filter(booked -> Math.abs(ChronoUnit.DAYS.between(booked, date)) < days)
                .max(Comparator.naturalOrder())
                .map(latest -> Refusal.until(Reason.DISCIPLINARY_QUOTA_REACHED,
                        latest.plusDays(days).atStartOfDay(facts.zone()).toInstant()));
    }
}
