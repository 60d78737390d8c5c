package fr.borne.central.booking;

import fr.borne.central.allotment.Escrow;
import fr.borne.central.kiosk.Principal;
import fr.borne.detainee.Detainee;
import fr.borne.establishment.Round;
import fr.borne.store.DetaineeRepository;
import fr.borne.store.PermitRepository;
import fr.borne.store.RoundRepository;
import fr.borne.sync.BookingData;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Whether a booking a kiosk says it confirmed offline could have been confirmed there: on
 * a seat central's escrow shows that kiosk still holds free for each of its rounds, for a
 * detainee of the kiosk's own establishment, naming only people with a permit for that
 * detainee (whatever its state: the kiosk's replica may not have heard of a suspension).
 * Only then is the booking honoured whatever central's rules say; otherwise central
 * decides it like any online booking.
 */
final class OfflineConfirmation {

    private final Escrow escrow;

    OfflineConfirmation(Escrow escrow) {
        this.escrow = escrow;
    }

    boolean couldConfirm(Connection connection, Principal.Kiosk kiosk, BookingData booking) throws SQLException {
        Optional<Detainee> detainee = new DetaineeRepository(connection).find(booking.detaineeId());
        if (detainee.isEmpty() || !detainee.get().establishmentId().equals(kiosk.establishmentId())) {
            return false;
        }
        List<String> rounds = new ArrayList<>(List.of(booking.roundId()));
        if (booking.secondRoundId() != null) {
            rounds.add(booking.secondRoundId());
        }
        for (String roundId : rounds) {
            Optional<Round> round = new RoundRepository(connection).find(roundId);
            if (round.isEmpty() || !round.get().establishmentId().equals(kiosk.establishmentId())
                    || round.get().day() != booking.date().getDayOfWeek()
                    || escrow.heldBy(connection, kiosk.id(), roundId, booking.date()) < 1) {
                return false;
            }
        }
        PermitRepository permits = new PermitRepository(connection);
        List<String> people = new ArrayList<>(booking.visitorIds());
        people.add(booking.bookedBy());
        for (String person : people) {
            if (permits.find(person, booking.detaineeId()).isEmpty()) {
                return false;
            }
        }
        return true;
    }
}
