package fr.borne.detainee;

import java.util.Objects;

/**
 * A person held in an establishment. {@code ecrou} is the <i>numéro d'écrou</i>.
 * {@code doubleVisitGranted} allows double visits (B8); {@code inDisciplinaryCell}
 * replaces the weekly quota by one visit per 7 days (B7, C4).
 */
public record Detainee(
        String id,
        String establishmentId,
        String firstName,
        String lastName,
        String ecrou,
        PenalCategory category,
        boolean doubleVisitGranted,
        boolean inDisciplinaryCell) {

    public Detainee {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(establishmentId, "establishmentId");
        Objects.requireNonNull(category, "category");
    }

    public String displayName() {
        return firstName + " " + lastName;
    }
}
