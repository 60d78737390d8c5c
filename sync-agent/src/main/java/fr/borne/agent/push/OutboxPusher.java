package fr.borne.agent.push;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.borne.agent.client.CentralClient;
import fr.borne.agent.client.Outcome;
import fr.borne.booking.Booking;
import fr.borne.store.BookingJson;
import fr.borne.store.BookingRepository;
import fr.borne.store.Database;
import fr.borne.store.OutboxEntry;
import fr.borne.store.OutboxRepository;
import fr.borne.store.Sql;
import fr.borne.sync.BookingAnswer;
import fr.borne.sync.BookingData;
import fr.borne.sync.CancelBooking;
import fr.borne.sync.ChangeVisitors;
import fr.borne.sync.CreateBooking;
import fr.borne.sync.RefusalData;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Pushes the outbox to central, oldest first, stopping at the first row central cannot
 * be reached for, so a booking's changes arrive in the order they were made. Everything
 * in the outbox was already decided at the kiosk (a booking on an allotted seat, a change
 * or cancellation on the replica's rules); central checks it again and honours a booking
 * made on a seat it shows the kiosk held. A refusal is recorded with
 * its reasons for the kiosk app to show; the row then stops being pushed.
 */
public final class OutboxPusher {

    private static final Logger LOG = LoggerFactory.getLogger(OutboxPusher.class);
    private static final int BATCH = 50;

    /** What one push did. */
    public record PushReport(int sent, int rejected, boolean reachedCentral) {
    }

    private final Database database;
    private final CentralClient central;
    private final ObjectMapper json;
    private final Clock clock;
    private final BookingJson bookingJson = new BookingJson();
    private volatile Instant lastAnswered;

    public OutboxPusher(Database database, CentralClient central, ObjectMapper json, Clock clock) {
        this.database = database;
        this.central = central;
        this.json = json;
        this.clock = clock;
    }

    public PushReport push() {
        int sent = 0;
        int rejected = 0;
        while (true) {
            List<OutboxEntry> pending = database.read(c -> new OutboxRepository(c, bookingJson).pending(BATCH));
            if (pending.isEmpty()) {
                return new PushReport(sent, rejected, true);
            }
            for (OutboxEntry entry : pending) {
                Outcome<BookingAnswer> outcome = send(entry);
                if (outcome instanceof Outcome.Unreachable<BookingAnswer> unreachable) {
                    database.write(c -> {
                        new OutboxRepository(c, bookingJson).markAttemptFailed(entry.id(), unreachable.why());
                        return null;
                    });
                    return new PushReport(sent, rejected, false);
                }
                lastAnswered = clock.instant();
                if (outcome instanceof Outcome.Answered<BookingAnswer> answered && answered.body().accepted()) {
                    // Lost in a power cut, the row is sent again and central answers as the first time.
                    database.writeRecoverable(c -> {
                        new OutboxRepository(c, bookingJson).markSent(entry.id());
                        adoptCentralState(c, answered.body());
                        return null;
                    });
                    sent++;
                } else {
                    List<RefusalData> reasons = outcome instanceof Outcome.Answered<BookingAnswer> answered
                            ? answered.body().refusals()
                            : List.of();
                    String summary = outcome instanceof Outcome.Rejected<BookingAnswer> refusedCall
                            ? refusedCall.problem().code() + ": " + refusedCall.problem().message()
                            : reasons.stream().map(r -> r.rule() + " " + r.reason()).toList().toString();
                    LOG.warn("central refused {} of booking {}: {}", entry.kind(), entry.booking().id(), summary);
                    database.write(c -> {
                        new OutboxRepository(c, bookingJson).markRejected(entry.id(), summary);
                        recordRefusal(c, entry, reasons, summary);
                        if (outcome instanceof Outcome.Answered<BookingAnswer> answered) {
                            adoptCentralState(c, answered.body());
                        }
                        return null;
                    });
                    rejected++;
                }
            }
        }
    }

    /** When central last answered a pushed change (accepted or refused), since this agent started. */
    public Optional<Instant> lastAnswered() {
        return Optional.ofNullable(lastAnswered);
    }

    /** Central's word on the booking replaces the replica's, unless more local changes wait to be pushed. */
    private void adoptCentralState(Connection connection, BookingAnswer answer) throws SQLException {
        if (answer.booking() == null) {
            return;
        }
        int stillPending = Sql.count(connection, "SELECT count(*) FROM outbox WHERE booking_id = ? AND state = 'PENDING'",
                answer.booking().id());
        if (stillPending == 0) {
            new BookingRepository(connection).save(answer.booking().toBooking(), clock.instant());
        }
    }

    private Outcome<BookingAnswer> send(OutboxEntry entry) {
        Booking booking = entry.booking();
        return switch (entry.kind()) {
            case CREATE -> central.create(booking.id().toString(), new CreateBooking(BookingData.of(booking), true));
            case CHANGE_VISITORS -> central.changeVisitors(key(entry), booking.id(),
                    new ChangeVisitors(booking.bookedBy(), booking.visitorIds()));
            case CANCEL -> central.cancel(key(entry), booking.id(), new CancelBooking(booking.bookedBy()));
        };
    }

    private static String key(OutboxEntry entry) {
        return entry.booking().id() + ":" + entry.kind() + ":" + entry.id();
    }

    private void recordRefusal(Connection connection, OutboxEntry entry, List<RefusalData> reasons, String summary)
            throws SQLException {
        String stored;
        try {
            stored = reasons.isEmpty() ? json.writeValueAsString(List.of(summary)) : json.writeValueAsString(reasons);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("refusals always serialise", e);
        }
        Sql.update(connection, """
                INSERT OR REPLACE INTO sync_refusal (outbox_id, booking_id, kind, reasons, recorded_at)
                VALUES (?, ?, ?, ?, ?)""", entry.id(), entry.booking().id(), entry.kind(), stored, clock.instant());
    }
}
