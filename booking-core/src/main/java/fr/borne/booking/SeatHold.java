package fr.borne.booking;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** One seat kept for a visitor while they finish booking; worthless once expired. */
public record SeatHold(UUID id, String roundId, LocalDate date, String heldBy, Instant expiresAt) {

    public boolean isLiveAt(Instant now) {
        return now.isBefore(expiresAt);
    }
}
