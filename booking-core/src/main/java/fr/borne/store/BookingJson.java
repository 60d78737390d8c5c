package fr.borne.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import fr.borne.booking.Booking;

/** A booking as the JSON payload of an outbox row: ISO dates and instants, absent values as null. */
public final class BookingJson {

    private final ObjectMapper mapper = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .registerModule(new Jdk8Module())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    public String write(Booking booking) {
        try {
            return mapper.writeValueAsString(booking);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a booking always serialises", e);
        }
    }

    public Booking read(String json) {
        try {
            return mapper.readValue(json, Booking.class);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not a booking payload: " + e.getOriginalMessage(), e);
        }
    }
}
