package fr.borne.agent.e2e;

import fr.borne.store.Database;
import fr.borne.store.SqliteBookingService;
import fr.borne.sync.AllotmentSeatPolicy;
import fr.borne.sync.LocalAllotments;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.Random;

/**
 * A kiosk app process booking on its replica's allotted seats, as the screen does (a hold,
 * then the confirmation), until it is killed: {@code <db> <establishment> <seed> <party>
 * <parties> <round>@<date>…}. Prints {@code CONFIRMING} as each confirmation starts and
 * {@code CONFIRMED <id>} once it committed: what the visitor would have seen.
 */
public final class KioskWorker {

    private KioskWorker() {
    }

    public static void main(String[] args) {
        String establishment = args[1];
        Random random = new Random(Long.parseLong(args[2]));
        List<String[]> occurrences = new ArrayList<>();
        for (int i = 5; i < args.length; i++) {
            occurrences.add(args[i].split("@"));
        }
        try (Database replica = Database.open(Path.of(args[0]))) {
            Permits permits = Permits.of(replica, establishment).share(Integer.parseInt(args[3]),
                    Integer.parseInt(args[4]));
            SqliteBookingService kiosk = new SqliteBookingService(replica, establishment, Clock.systemUTC(),
                    new AllotmentSeatPolicy(new LocalAllotments()));
            for (int attempt = 0; attempt < 1_000; attempt++) {
                Permits.Permit permit = permits.pick(random);
                String[] occurrence = occurrences.get(random.nextInt(occurrences.size()));
                LocalDate date = LocalDate.parse(occurrence[1]);
                Optional<UUID> booked = ScreenBooking.book(kiosk, permit, occurrence[0], date, () -> {
                    System.out.println("CONFIRMING");
                    System.out.flush();
                });
                System.out.println(booked.map(id -> "CONFIRMED " + id).orElse("REFUSED"));
                System.out.flush();
            }
        }
        System.out.println("END");
    }
}
