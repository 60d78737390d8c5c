package fr.borne.agent.push;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.borne.agent.client.CentralClient;
import fr.borne.agent.client.Outcome;
import fr.borne.agent.status.StatusRows;
import fr.borne.booking.Booking;
import fr.borne.store.BookingJson;
import fr.borne.store.BookingRepository;
import fr.borne.store.Database;
import fr.borne.store.OutboxEntry;
import fr.borne.store.OutboxRepository;
import fr.borne.store.SyncRefusalRepository;
import fr.borne.store.UnpushedChanges;
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
 * Pushes the outbox to central, oldest first, a booking's changes in the order they were
 * made. Everything in the outbox was already decided at the kiosk (a booking on an allotted
 * seat, a change or cancellation on the replica's rules); central checks it again and honours
 * a booking made on a seat it shows the kiosk held. What central
 * answers decides the row's fate ({@link RowVerdict}): a refusal by the rules is recorded
 * with its reasons for the kiosk app to show; a call central refuses for good is parked
 * (kept, shown, and sent again only when a technician asks); a row central fails on waits
 * its own backoff ({@link RowRetry}) while later rows go, and is flagged after a few
 * failures; only when central cannot be reached at all does the whole queue wait.
 */
public final class OutboxPusher {

    private static final Logger LOG = LoggerFactory.getLogger(OutboxPusher.class);
    private static final int BATCH = 50;

    /** What one push did; {@code deferred}: rows central failed on, waiting their turn. */
    public record PushReport(int sent, int rejected, boolean reachedCentral, int parked, int deferred) {
        public PushReport(int sent, int rejected, boolean reachedCentral) {
            this(sent, rejected, reachedCentral, 0, 0);
        }
    }

    private final Database database;
    private final CentralClient central;
    private final ObjectMapper json;
    private final Clock clock;
    private final RowRetry retry;
    private final BookingJson bookingJson = new BookingJson();
    private volatile Instant lastAnswered;

    public OutboxPusher(Database database, CentralClient central, ObjectMapper json, Clock clock) {
        this(database, central, json, clock, RowRetry.defaults());
    }

    public OutboxPusher(Database database, CentralClient central, ObjectMapper json, Clock clock, RowRetry retry) {
        this.database = database;
        this.central = central;
        this.json = json;
        this.clock = clock;
        this.retry = retry;
    }

    public PushReport push() {
        Tally tally = new Tally();
        while (true) {
            Instant now = clock.instant();
            List<OutboxEntry> due = database.read(c -> outbox(c).due(BATCH, now));
            if (due.isEmpty()) {
                return tally.report(true);
            }
            for (OutboxEntry entry : due) {
                Outcome<BookingAnswer> outcome = send(entry);
                RowVerdict verdict = RowVerdict.of(outcome);
                if (verdict instanceof RowVerdict.NotReached notReached) {
                    database.write(c -> {
                        outbox(c).markAttemptFailed(entry.id(), notReached.why());
                        return null;
                    });
                    return tally.report(false);
                }
                lastAnswered = clock.instant();
                settle(entry, verdict, tally);
            }
            if (due.size() < BATCH) {
                // all that was due is settled; a row written since goes at the agent's next turn (nudged)
                return tally.report(true);
            }
        }
    }

    private void settle(OutboxEntry entry, RowVerdict verdict, Tally tally) {
        if (verdict instanceof RowVerdict.Accepted accepted) {
            // Lost in a power cut, the row is sent again and central answers as the first time.
            database.writeRecoverable(c -> {
                outbox(c).markSent(entry.id());
                adoptCentralState(c, accepted.answer());
                return null;
            });
            tally.sent++;
        } else if (verdict instanceof RowVerdict.ServerFault fault) {
            deferred(entry, fault.why());
            tally.deferred++;
        } else if (verdict instanceof RowVerdict.RefusedByRules refused) {
            List<RefusalData> reasons = refused.answer().refusals();
            String summary = reasons.stream().map(r -> r.rule() + " " + r.reason()).toList().toString();
            LOG.warn("central refused {} of booking {}: {}", entry.kind(), entry.booking().id(), summary);
            database.write(c -> {
                outbox(c).markRejected(entry.id(), summary);
                recordRefusal(c, entry, reasons, summary);
                adoptCentralState(c, refused.answer());
                return null;
            });
            tally.rejected++;
        } else {
            RowVerdict.Parked parked = (RowVerdict.Parked) verdict;
            String summary = parked.problem().code() + ": " + parked.problem().message();
            LOG.warn("central refused the call for {} of booking {} for good ({}): parked, the rest goes on",
                    entry.kind(), entry.booking().id(), parked.reason());
            database.write(c -> {
                outbox(c).park(entry.id(), StatusRows.shortText(parked.reason() + " " + entry.kind() + " "
                        + entry.booking().id()), clock.instant());
                recordRefusal(c, entry, List.of(), summary);
                return null;
            });
            tally.rejected++;
            tally.parked++;
        }
    }

    /** Central failed on this row: it waits its own backoff, flagged once it failed too often. */
    private void deferred(OutboxEntry entry, String why) {
        int failures = database.write(c -> {
            OutboxRepository outbox = outbox(c);
            int after = outbox.serverErrors(entry.id()) + 1;
            outbox.markServerFault(entry.id(), StatusRows.shortText(why), clock.instant().plus(retry.waitAfter(after)));
            return after;
        });
        if (failures == retry.flagAfter()) {
            LOG.error("central failed {} times in a row on {} of booking {} ({}): flagged, later changes still go",
                    failures, entry.kind(), entry.booking().id(), why);
        } else {
            LOG.warn("central failed on {} of booking {} ({}), try {}: later changes go first", entry.kind(),
                    entry.booking().id(), why, failures);
        }
    }

    /** Rows central failed on this many times in a row are flagged for a technician. */
    public int flagAfter() {
        return retry.flagAfter();
    }

    private OutboxRepository outbox(Connection connection) {
        return new OutboxRepository(connection, bookingJson);
    }

    /** Counts of one push. */
    private static final class Tally {
        int sent;
        int rejected;
        int parked;
        int deferred;

        PushReport report(boolean reachedCentral) {
            return new PushReport(sent, rejected, reachedCentral, parked, deferred);
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
        if (UnpushedChanges.of(connection, answer.booking().id()).centralVersionApplies(answer.booking().id())) {
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
        new SyncRefusalRepository(connection).record(entry.id(), entry.booking().id(), entry.kind(), stored,
                clock.instant());
    }
}
