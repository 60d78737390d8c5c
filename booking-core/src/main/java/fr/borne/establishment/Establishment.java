package fr.borne.establishment;

import java.time.ZoneId;
import java.util.Objects;

/** A prison whose families book visits at its kiosks (T5: what the kiosk shows about it). */
public record Establishment(
        String id,
        String name,
        String address,
        String parloirPhone,
        String parloirPhoneHours,
        ZoneId zone) {

    public Establishment {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(zone, "zone");
    }
}
