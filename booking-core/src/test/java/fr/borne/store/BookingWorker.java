package fr.borne.store;

import fr.borne.booking.BookingResult;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * A second process for the race and crash tests, run in its own JVM on a replica made by
 * {@link TestReplica}. {@code race <db> <i> <go-file>} books family i once as soon as the
 * go-file appears; {@code stream <db> <count>} books families 0…count-1 one after the
 * other. Each booking is printed only after its transaction committed.
 */
public final class BookingWorker {

    private BookingWorker() {
    }

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[1]);
        try (Database database = Database.open(file)) {
            SqliteBookingService service = new SqliteBookingService(database, TestReplica.ESTABLISHMENT,
                    TestReplica.clock());
            switch (args[0]) {
                case "race" -> race(service, Integer.parseInt(args[2]), Path.of(args[3]));
                case "stream" -> stream(service, Integer.parseInt(args[2]));
                default -> throw new IllegalArgumentException("unknown mode " + args[0]);
            }
        }
    }

    private static void race(SqliteBookingService service, int family, Path go) throws InterruptedException {
        service.availability(TestReplica.visitor(family), TestReplica.detainee(family));
        System.out.println("READY");
        System.out.flush();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (!Files.exists(go) && System.nanoTime() < deadline) {
            Thread.onSpinWait();
        }
        report(service.confirm(null, TestReplica.request(family)));
    }

    private static void stream(SqliteBookingService service, int count) {
        for (int i = 0; i < count; i++) {
            report(service.confirm(null, TestReplica.request(i)));
        }
    }

    private static void report(BookingResult result) {
        if (result instanceof BookingResult.Done done) {
            System.out.println("COMMITTED " + done.booking().id());
        } else if (result instanceof BookingResult.Refused refused) {
            System.out.println("REFUSED " + refused.decision().reasons());
        }
        System.out.flush();
    }
}
