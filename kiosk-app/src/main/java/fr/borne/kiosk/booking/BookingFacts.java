package fr.borne.kiosk.booking;

import fr.borne.booking.Booking;
import fr.borne.detainee.Detainee;
import fr.borne.establishment.Establishment;
import fr.borne.establishment.RoundOccurrence;
import fr.borne.visitor.Visitor;
import fr.borne.visitor.VisitorDirectory;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** A booking with what a visitor needs to read it: when to come, for whom, with whom, where. */
public record BookingFacts(Booking booking, RoundOccurrence first, RoundOccurrence last, Detainee detainee,
                           List<Visitor> visitors, Instant convocation, Optional<Establishment> establishment) {

    public BookingFacts {
        visitors = List.copyOf(visitors);
    }

    public static Optional<BookingFacts> of(Booking booking, VisitorDirectory directory, Duration convocationLead) {
        Optional<RoundOccurrence> first = directory.occurrence(booking.roundId(), booking.date());
        Optional<Detainee> detainee = directory.detainee(booking.detaineeId());
        if (first.isEmpty() || detainee.isEmpty()) {
            return Optional.empty();
        }
        RoundOccurrence last = booking.secondRoundId().flatMap(id -> directory.occurrence(id, booking.date()))
                .orElse(first.get());
        List<Visitor> visitors = booking.visitorIds().stream().map(directory::visitor)
                .flatMap(Optional::stream).toList();
        return Optional.of(new BookingFacts(booking, first.get(), last, detainee.get(), visitors,
                first.get().convocation(convocationLead), directory.establishment(detainee.get().establishmentId())));
    }

    public String visitorNames() {
        return String.join(", ", visitors.stream().map(Visitor::displayName).toList());
    }
}
