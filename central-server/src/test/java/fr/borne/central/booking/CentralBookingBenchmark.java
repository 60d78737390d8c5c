package fr.borne.central.booking;

import fr.borne.booking.BookingStatus;
import fr.borne.booking.Channel;
import fr.borne.central.CentralDatabase;
import fr.borne.central.CentralDatabaseOptions;
import fr.borne.central.CentralServices;
import fr.borne.central.DemoLoader;
import fr.borne.central.TlsCentral;
import fr.borne.central.kiosk.Principal;
import fr.borne.establishment.Round;
import fr.borne.store.Database;
import fr.borne.store.RoundRepository;
import fr.borne.store.Sql;
import fr.borne.sync.BookingData;
import fr.borne.sync.CreateBooking;
import fr.borne.testsupport.postgres.TestPostgres;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Central's own time for a kiosk booking on PostgreSQL (fsync on), one caller after the
 * other so that only the booking's work and its round trips are timed, not a queue: the
 * same sequence of requests on the demo establishments each run, made or refused by the
 * rules alike.
 * {@code mvn -q -pl central-server test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=fr.borne.central.booking.CentralBookingBenchmark}
 */
public final class CentralBookingBenchmark {

    private CentralBookingBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        try (TestPostgres server = TestPostgres.start(new TestPostgres.Options(true, 50, Optional.empty()))) {
            Database database = CentralDatabase.connect(new CentralDatabaseOptions.Server(server.createDatabase(),
                    server.user(), server.password(), 4));
            CentralServices services = CentralServices.create(database, Clock.systemUTC());
            DemoLoader.load(services);
            TlsCentral.register(services, "rouen-1", "rouen");
            List<List<String>> pairs = database.read(c -> Sql.list(c, """
                    SELECT p.visitor_id, p.detainee_id FROM permit p JOIN detainee d ON d.id = p.detainee_id
                    WHERE d.establishment_id = 'rouen' AND p.status = 'ACTIVE' ORDER BY p.id""",
                    row -> List.of(row.getString(1), row.getString(2))));
            List<Round> rounds = database.read(c -> new RoundRepository(c).ofEstablishment("rouen"));
            LocalDate today = LocalDate.now(Clock.systemUTC());
            List<BookingData> asked = new ArrayList<>();
            for (int day = 3; day < 14; day++) {
                LocalDate date = today.plusDays(day);
                for (Round round : rounds) {
                    if (round.day() != date.getDayOfWeek()) {
                        continue;
                    }
                    for (List<String> pair : pairs) {
                        UUID id = UUID.randomUUID();
                        asked.add(new BookingData(id, "Q" + id.toString().substring(0, 6), pair.get(0), pair.get(1),
                                round.id(), null, date, List.of(pair.get(0)), BookingStatus.CONFIRMED, Channel.KIOSK,
                                Instant.now()));
                    }
                }
            }
            int warmUp = Math.min(200, asked.size() / 4);
            Principal kiosk = new Principal.Kiosk("rouen-1", "rouen");
            long[] nanos = new long[asked.size() - warmUp];
            int made = 0;
            for (int i = 0; i < asked.size(); i++) {
                BookingData data = asked.get(i);
                long start = System.nanoTime();
                Reply reply = services.bookings().create(kiosk, data.id().toString(), new CreateBooking(data, false));
                long took = System.nanoTime() - start;
                if (i >= warmUp) {
                    nanos[i - warmUp] = took;
                }
                if (reply instanceof Reply.Answered answered && answered.answer().accepted()) {
                    made++;
                }
            }
            Arrays.sort(nanos);
            System.out.printf("%d kiosk bookings timed after %d (%d made in all): median %.2f ms, p90 %.2f ms, "
                            + "p99 %.2f ms%n", nanos.length, warmUp, made, nanos[nanos.length / 2] / 1e6,
                    nanos[nanos.length * 9 / 10] / 1e6, nanos[nanos.length * 99 / 100] / 1e6);
            database.close();
        }
    }
}
