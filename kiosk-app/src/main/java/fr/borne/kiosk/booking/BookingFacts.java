package fr.borne.kiosk.booking;

import fr.borne.booking.Booking;
import fr.borne.detainee.Detainee;
import fr.borne.establishment.Establishment;
import fr.borne.establishment.RoundOccurrence;
import fr.borne.kiosk.i18n.FiguresInForce;
import fr.borne.kiosk.i18n.VisitFigures;
import fr.borne.visitor.Visitor;
import fr.borne.visitor.VisitorDirectory;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A booking with what a visitor needs to read it: when to come, for whom, with whom, where,
 * and the figures it is held to (its round's and detainee's settings: the convocation lead,
 * the cut-offs to change or cancel).
 */
public record BookingFacts(Booking booking, RoundOccurrence first, RoundOccurrence last, Detainee detainee,
                           List<Visitor> visitors, Instant convocation, Optional<Establishment> establishment,
                           VisitFigures figures) {

    public BookingFacts {
        visitors = List.copyOf(visitors);
    }

    /** @param figures where the booking's figures come from, read now (T1: the convocation lead of its round) */
    public static Optional<BookingFacts> of(Booking booking, VisitorDirectory directory, FiguresInForce figures) {
        Optional<RoundOccurrence> first = directory.occurrence(booking.roundId(), booking.date());
        Optional<Detainee> detainee = directory.detainee(booking.detaineeId());
        if (first.isEmpty() || detainee.isEmpty()) {
            return Optional.empty();
        }
        RoundOccurrence last = booking.secondRoundId().flatMap(id -> directory.occurrence(id, booking.date()))
                .orElse(first.get());
        List<Visitor> visitors = booking.visitorIds().stream().map(directory::visitor)
                .flatMap(Optional::stream).toList();
        VisitFigures held = figures.forBooking(booking);
        return Optional.of(new BookingFacts(booking, first.get(), last, detainee.get(), visitors,
                first.get().convocation(held.convocationLead()),
                directory.establishment(detainee.get().establishmentId()), held));
    }

    public String visitorNames() {
        return String.join(", ", visitors.stream().map(Visitor::displayName).toList());
    }
}
