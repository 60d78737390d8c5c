package fr.borne.central.movement;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** What recording a movement did: the bookings it cancelled, and whether it took effect now; or why not. */
public record MovementOutcome(Optional<MovementRefusal> refusal, List<UUID> cancelled, boolean appliedNow) {

    public static MovementOutcome refused(MovementRefusal refusal) {
        return new MovementOutcome(Optional.of(refusal), List.of(), false);
    }

    public static MovementOutcome done(List<UUID> cancelled, boolean appliedNow) {
        return new MovementOutcome(Optional.empty(), List.copyOf(cancelled), appliedNow);
    }
}
