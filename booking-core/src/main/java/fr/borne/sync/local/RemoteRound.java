package fr.borne.sync.local;

import fr.borne.booking.RoundAvailability;
import fr.borne.establishment.Round;
import fr.borne.sync.RefusalData;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** One round of a day as central sees it for a visitor and detainee: seats left and why it cannot be booked, if so. */
public record RemoteRound(Round round, LocalDate date, Instant start, Instant convocation, int seatsLeft,
                          List<RefusalData> refusals) {

    public RemoteRound {
        refusals = refusals == null ? List.of() : List.copyOf(refusals);
    }

    public static RemoteRound of(RoundAvailability availability) {
        return new RemoteRound(availability.occurrence().round(), availability.occurrence().date(),
                availability.occurrence().start(), availability.convocation(), availability.seatsLeft(),
                availability.decision().refusals().stream().map(RefusalData::of).toList());
    }

    public boolean bookable() {
        return refusals.isEmpty();
    }
}
