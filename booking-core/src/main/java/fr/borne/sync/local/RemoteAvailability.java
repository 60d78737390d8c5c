package fr.borne.sync.local;

import fr.borne.booking.Availability;
import fr.borne.establishment.Establishment;

import java.util.List;

/**
 * {@code GET /local/v1/remote/availability}: what a visitor can book for a detainee held in
 * another establishment, computed by central with the booking rules on its own data, with
 * that establishment's details for the screen and the receipt (T5).
 */
public record RemoteAvailability(String visitorId, String detaineeId, Establishment establishment,
                                 List<RemoteDay> days) {

    public RemoteAvailability {
        days = days == null ? List.of() : List.copyOf(days);
    }

    public static RemoteAvailability of(Availability availability, Establishment establishment) {
        return new RemoteAvailability(availability.visitorId(), availability.detaineeId(), establishment,
                availability.days().stream().map(RemoteDay::of).toList());
    }
}
