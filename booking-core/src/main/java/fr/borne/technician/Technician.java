package fr.borne.technician;

import java.time.Instant;
import java.util.Optional;

/** A technician account as listed to technicians; the badge and PIN hashes never leave the store. */
public record Technician(String id, Instant enrolledAt, int failedAttempts, Optional<Instant> lockedUntil) {
}
