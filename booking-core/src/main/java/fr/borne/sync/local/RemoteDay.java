package fr.borne.sync.local;

import fr.borne.booking.DayAvailability;
import fr.borne.sync.RefusalData;

import java.time.LocalDate;
import java.util.List;

/** One day of the booking horizon; {@code unavailableBecause} is set when no round of it can be booked. */
public record RemoteDay(LocalDate date, List<RemoteRound> rounds, RefusalData unavailableBecause) {

    public RemoteDay {
        rounds = rounds == null ? List.of() : List.copyOf(rounds);
    }

    public static RemoteDay of(DayAvailability day) {
        return new RemoteDay(day.date(), day.rounds().stream().map(RemoteRound::of).toList(),
                day.unavailableBecause().map(RefusalData::of).orElse(null));
    }
}
