package fr.borne.booking;

import fr.borne.establishment.VisitType;
import fr.borne.settings.BookingSettings;

import java.util.Optional;

/**
 * B9: a prolonged, family-unit (UVF) or glass-partition visit is arranged by the parloir
 * service, not booked at a kiosk, unless the establishment's settings let its kiosks book
 * that kind ({@code kioskVisitTypes}). Only the kiosk channel is held to it: the parloir
 * service books such visits by phone.
 */
final class SpecialVisitRules {

    private SpecialVisitRules() {
    }

    static Optional<Refusal> check(BookingRequest request, BookingSettings settings) {
        VisitType type = request.visitType();
        if (!type.isSpecial() || request.channel() != Channel.KIOSK || settings.kioskBooks(type)) {
            return Optional.empty();
        }
        return Optional.of(Refusal.of(Reason.SPECIAL_VISIT_NOT_AT_KIOSK));
    }
}
