package fr.borne.establishment;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.util.Objects;

/**
 * A visiting round (<i>tour de parloir</i>): the weekly template of a slot, e.g. every
 * Wednesday at 09:15 for 60 minutes, 20 detainees (B5).
 */
public record Round(
        String id,
        String establishmentId,
        DayOfWeek day,
        LocalTime start,
        Duration length,
        int capacity) {

    public Round {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(establishmentId, "establishmentId");
        Objects.requireNonNull(day, "day");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(length, "length");
        if (capacity < 0) {
            throw new IllegalArgumentException("capacity must not be negative");
        }
    }

    public LocalTime end() {
        return start.plus(length);
    }
}
