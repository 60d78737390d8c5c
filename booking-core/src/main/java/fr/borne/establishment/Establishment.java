package fr.borne.establishment;

import java.time.ZoneId;
import java.util.Objects;

/**
 * A prison whose families book visits at its kiosks, with the public details every kiosk
 * shows about it (T5), its own or another's: name, street address, the parloir service's
 * phone line and its hours, the postal address to write to a detainee there, and a
 * summary of its visiting days and hours. Every replica holds every establishment's.
 */
public record Establishment(
        String id,
        String name,
        String address,
        String parloirPhone,
        String parloirPhoneHours,
        ZoneId zone,
        String postalAddress,
        String visitingHours) {

    public Establishment {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(zone, "zone");
        postalAddress = postalAddress == null ? "" : postalAddress;
        visitingHours = visitingHours == null ? "" : visitingHours;
    }

    /** Without a postal address or a visiting-hours summary (told later, or not at all). */
    public Establishment(String id, String name, String address, String parloirPhone, String parloirPhoneHours,
                         ZoneId zone) {
        this(id, name, address, parloirPhone, parloirPhoneHours, zone, "", "");
    }

    /** The same establishment with its postal address and visiting-hours summary. */
    public Establishment withPublicDetails(String postal, String hours) {
        return new Establishment(id, name, address, parloirPhone, parloirPhoneHours, zone, postal, hours);
    }
}
