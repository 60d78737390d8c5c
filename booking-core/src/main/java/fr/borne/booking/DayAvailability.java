package fr.borne.booking;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * One day of the booking horizon: its rounds, and, when none can be booked, the reason
 * to show for the whole day (closed, too soon, full, quota reached, no visits that day).
 */
public record DayAvailability(LocalDate date, List<RoundAvailability> rounds, Optional<Refusal> unavailableBecause) {

    public DayAvailability {
        rounds = List.copyOf(rounds);
    }

    public boolean bookable() {
        return rounds.stream().anyMatch(RoundAvailability::bookable);
    }
}
