package fr.borne.booking;

import java.util.List;

/** What a visitor can book for a detainee over the next days, day by day. */
public record Availability(String visitorId, String detaineeId, List<DayAvailability> days) {

    public Availability {
        days = List.copyOf(days);
    }
}
