package fr.borne.sync.local;

import fr.borne.establishment.Round;
import fr.borne.sync.BookingData;

import java.time.Instant;

/** A booking of a visitor looked up at central, with its round, start and convocation time (T1). */
public record RemoteBooking(BookingData booking, Round round, Instant start, Instant convocation) {
}
