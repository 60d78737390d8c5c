package fr.borne.establishment;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/** A day, or one round of a day, closed for a holiday or an incident (B12). */
public record Closure(String establishmentId, LocalDate date, Optional<String> roundId, String reason) {

    public Closure {
        Objects.requireNonNull(establishmentId, "establishmentId");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(roundId, "roundId");
    }

    public boolean closes(RoundOccurrence occurrence) {
        return occurrence.round().establishmentId().equals(establishmentId)
                && occurrence.date().equals(date)
                && roundId.map(id -> id.equals(occurrence.round().id())).orElse(true);
    }
}
