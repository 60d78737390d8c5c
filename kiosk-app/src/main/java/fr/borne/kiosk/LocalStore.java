package fr.borne.kiosk;

import fr.borne.booking.BookingService;
import fr.borne.establishment.Establishment;
import fr.borne.establishment.Round;
import fr.borne.kiosk.home.CentralRefusals;
import fr.borne.settings.SettingsSource;
import fr.borne.store.Database;
import fr.borne.store.RoundRepository;
import fr.borne.store.SeatPolicy;
import fr.borne.store.SqliteBookingService;
import fr.borne.store.SqliteVisitorDirectory;
import fr.borne.visitor.VisitorDirectory;

import java.time.Clock;
import java.util.List;

/**
 * The kiosk's view of its local replica: the booking service, the visitor directory, what
 * it reads once at start-up (the establishment, its timetable), its layered settings (read
 * at each question), and the changes central refused later.
 */
public record LocalStore(BookingService bookings, VisitorDirectory directory, Establishment establishment,
                         List<Round> timetable, SettingsSource settings, CentralRefusals centralRefusals) {

    public LocalStore {
        timetable = List.copyOf(timetable);
    }

    public static LocalStore open(Database database, String establishmentId, Clock clock) {
        return open(database, establishmentId, clock, SeatPolicy.roundCapacity());
    }

    /** @param seats whether this kiosk may take a seat locally: the round's capacity, or its allotment */
    public static LocalStore open(Database database, String establishmentId, Clock clock, SeatPolicy seats) {
        SqliteVisitorDirectory directory = new SqliteVisitorDirectory(database, establishmentId, clock);
        Establishment establishment = directory.establishment(establishmentId).orElseThrow(() ->
                new IllegalStateException("the database holds no establishment '" + establishmentId
                        + "': load the replica (or start with --demo)"));
        List<Round> timetable = database.read(c -> new RoundRepository(c).ofEstablishment(establishmentId));
        return new LocalStore(new SqliteBookingService(database, establishmentId, clock, seats), directory, establishment,
                timetable, new ReplicaSettings(database), new CentralRefusals(database, establishment.zone(), clock));
    }
}
