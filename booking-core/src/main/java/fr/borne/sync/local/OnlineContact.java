package fr.borne.sync.local;

import java.util.UUID;

/**
 * T4: the contact a visitor left on the kiosk's keypad after a booking, for central's notices:
 * {@code channel} SMS or EMAIL, {@code address} a mobile number or an e-mail address as typed,
 * {@code language} fr, en, es or ar. The agent passes it to central and keeps no copy; the
 * kiosk app keeps none either.
 */
public record OnlineContact(String visitorId, UUID bookingId, String channel, String address, String language) {

    @Override
    public String toString() {
        // never the address: a record's default toString would put it in a log
        return "OnlineContact[visitor=" + visitorId + ", booking=" + bookingId + ", channel=" + channel + "]";
    }
}
