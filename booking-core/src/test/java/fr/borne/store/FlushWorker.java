package fr.borne.store;

import fr.borne.booking.BookingResult;
import fr.borne.booking.HoldResult;
import fr.borne.establishment.Round;
import fr.borne.sync.Change;
import fr.borne.sync.ChangeApplier;
import fr.borne.sync.LocalAllotments;

import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;

/**
 * The child of {@link DiskFlushTest}: {@code <operation> <db> <count>} opens a replica made by
 * {@link TestReplica}, makes one warm-up write (so the write-ahead log already has a header
 * whatever follows), does the operation {@code count} times, prints {@code DONE <n>} with how
 * many succeeded, and halts without closing the database, so no closing checkpoint is counted.
 */
public final class FlushWorker {

    enum Operation { NONE, BOOKING, HOLD, CANCEL, FEED_PAGE, SENT_MARK }

    private FlushWorker() {
    }

    public static void main(String[] args) {
        Operation operation = Operation.valueOf(args[0]);
        Database database = Database.open(Path.of(args[1]));
        int count = Integer.parseInt(args[2]);
        database.write(c -> Sql.update(c, "INSERT OR REPLACE INTO sync_cursor (id, cursor) VALUES (1, 'warm-up')"));
        SqliteBookingService service = new SqliteBookingService(database, TestReplica.ESTABLISHMENT, TestReplica.clock());
        int done = 0;
        for (int i = 0; i < count; i++) {
            if (once(operation, database, service, i)) {
                done++;
            }
        }
        System.out.println("DONE " + done);
        System.out.flush();
        Runtime.getRuntime().halt(0);
    }

    private static boolean once(Operation operation, Database database, SqliteBookingService service, int i) {
        return switch (operation) {
            case NONE -> true;
            case BOOKING -> service.confirm(null, TestReplica.request(i)) instanceof BookingResult.Done;
            case HOLD -> service.hold(TestReplica.visitor(i), TestReplica.detainee(i), TestReplica.ROUND,
                    TestReplica.WEDNESDAY) instanceof HoldResult.Held;
            case CANCEL -> service.cancel(bookingOf(database, i), TestReplica.visitor(i)) instanceof BookingResult.Done;
            case FEED_PAGE -> {
                // A page of central's feed, applied as the agent's puller applies one.
                List<Change> page = List.of(new Change.RoundChanged(new Round(TestReplica.NEXT_ROUND,
                        TestReplica.ESTABLISHMENT, DayOfWeek.WEDNESDAY, LocalTime.of(11, 0), Duration.ofMinutes(60),
                        20 + i)));
                database.writeRecoverable(c -> {
                    new ChangeApplier(new LocalAllotments()).apply(c, page, TestReplica.NOW);
                    return Sql.update(c, "UPDATE sync_cursor SET cursor = ? WHERE id = 1", "page-" + i);
                });
                yield true;
            }
            case SENT_MARK -> {
                // An outbox row central accepted, marked sent as the agent's pusher marks it.
                long row = database.read(c -> Sql.one(c, "SELECT id FROM outbox WHERE state = 'PENDING' ORDER BY id",
                        r -> r.getLong(1)).orElseThrow());
                database.writeRecoverable(c -> {
                    new OutboxRepository(c, new BookingJson()).markSent(row);
                    return null;
                });
                yield true;
            }
        };
    }

    private static UUID bookingOf(Database database, int i) {
        return database.read(c -> Sql.one(c, "SELECT id FROM booking WHERE booked_by = ? AND status = 'CONFIRMED'",
                r -> UUID.fromString(r.getString(1)), TestReplica.visitor(i)).orElseThrow());
    }
}
