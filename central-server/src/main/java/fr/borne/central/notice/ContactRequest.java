package fr.borne.central.notice;

import java.util.UUID;

/**
 * What a kiosk sends once a visitor leaves a contact after booking: who, for which booking
 * (it must name them), by which channel, where, and in which language (fr, en, es, ar).
 */
public record ContactRequest(String visitorId, UUID bookingId, ContactChannel channel, String address,
                             String language) {
}
