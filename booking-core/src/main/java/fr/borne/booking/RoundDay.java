package fr.borne.booking;

import java.time.LocalDate;
import java.util.Objects;

/** A round on one date, as a key: what seats are counted by. */
public record RoundDay(String roundId, LocalDate date) {

    public RoundDay {
        Objects.requireNonNull(roundId, "roundId");
        Objects.requireNonNull(date, "date");
    }
}
