package fr.borne.agent.local;

import fr.borne.agent.client.CentralClient;
import fr.borne.agent.client.Outcome;
import fr.borne.agent.push.Withdrawals;
import fr.borne.booking.Booking;
import fr.borne.booking.Reason;
import fr.borne.store.BookingRepository;
import fr.borne.store.Database;
import fr.borne.store.DetaineeRepository;
import fr.borne.store.PermitRepository;
import fr.borne.store.UnpushedChanges;
import fr.borne.sync.BookingAnswer;
import fr.borne.sync.CancelBooking;
import fr.borne.sync.Change;
import fr.borne.sync.ChangeApplier;
import fr.borne.sync.ChangeVisitors;
import fr.borne.sync.CreateBooking;
import fr.borne.sync.LocalAllotments;
import fr.borne.sync.Problem;
import fr.borne.sync.local.OnlineBooking;
import fr.borne.sync.local.OnlineCancel;
import fr.borne.sync.local.OnlineChange;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Bookings central decides on while the kiosk app waits: one of this establishment's
 * rounds when no allotted seat is left here (the seat comes from central's pool), or a
 * detainee held elsewhere (B11). Central's answer stands. A booking of this establishment
 * goes into the replica at once, as the feed would bring it, so the kiosk app shows it
 * and its rules count it; a booking elsewhere is never written here.
 */
public final class OnlineBookings {

    private static final Logger LOG = LoggerFactory.getLogger(OnlineBookings.class);

    private final Database database;
    private final CentralClient central;
    private final Withdrawals withdrawals;
    private final String establishmentId;
    private final Clock clock;
    private final LocalAllotments allotments = new LocalAllotments();
    private final ChangeApplier applier = new ChangeApplier(allotments);

    public OnlineBookings(Database database, CentralClient central, Withdrawals withdrawals, String establishmentId,
                          Clock clock) {
        this.database = database;
        this.central = central;
        this.withdrawals = withdrawals;
        this.establishmentId = establishmentId;
        this.clock = clock;
    }

    OnlineReply<BookingAnswer> book(OnlineBooking request) {
        boolean here = database.read(c -> new DetaineeRepository(c).find(request.detaineeId())
                .map(d -> d.establishmentId().equals(establishmentId)).orElse(false));
        if (withdrawals.waiting(request.bookingId())) {
            return new OnlineReply.Refused<>(422, new Problem(Problem.IDEMPOTENCY_KEY_REUSED,
                    "this booking id was given up when central did not answer: a new attempt needs a new id"));
        }
        Outcome<BookingAnswer> outcome = central.create(request.bookingId().toString(),
                new CreateBooking(request.toBookingData(), false));
        if (here && outcome instanceof Outcome.Answered<BookingAnswer> answered && answered.body().accepted()) {
            database.write(c -> {
                allotments.madeHere(c, request.bookingId());
                adopt(c, answered.body());
                return null;
            });
        } else if (outcome instanceof Outcome.Unreachable<BookingAnswer>) {
            // The visitor is told nothing was booked: make it so, whatever reached central.
            database.write(c -> {
                withdrawals.remember(c, request.bookingId());
                return null;
            });
        }
        LOG.info("online booking {} ({}): {}", request.bookingId(), here ? "central's pool" : "another establishment",
                summary(outcome));
        return OnlineReply.of(outcome, here ? Reason.FULL : Reason.OTHER_ESTABLISHMENT_NEEDS_NETWORK);
    }

    OnlineReply<BookingAnswer> changeVisitors(UUID bookingId, OnlineChange request) {
        boolean here = inReplica(bookingId);
        Outcome<BookingAnswer> outcome = central.changeVisitors(bookingId + ":CHANGE_VISITORS:" + request.requestId(),
                bookingId, new ChangeVisitors(request.actorId(), request.visitorIds(), false));
        return settle(bookingId, "change", here, outcome);
    }

    OnlineReply<BookingAnswer> cancel(UUID bookingId, OnlineCancel request) {
        boolean here = inReplica(bookingId);
        Outcome<BookingAnswer> outcome = central.cancel(bookingId + ":CANCEL:" + request.requestId(), bookingId,
                new CancelBooking(request.actorId(), false));
        return settle(bookingId, "cancel", here, outcome);
    }

    private OnlineReply<BookingAnswer> settle(UUID bookingId, String what, boolean here, Outcome<BookingAnswer> outcome) {
        if (here && outcome instanceof Outcome.Answered<BookingAnswer> answered) {
            database.write(c -> {
                adopt(c, answered.body());
                return null;
            });
        }
        LOG.info("online {} of booking {}: {}", what, bookingId, summary(outcome));
        return OnlineReply.of(outcome, here ? Reason.FULL : Reason.OTHER_ESTABLISHMENT_NEEDS_NETWORK);
    }

    private boolean inReplica(UUID bookingId) {
        return database.read(c -> new BookingRepository(c).find(bookingId).isPresent());
    }

    /**
     * Central's word on the booking replaces the replica's, with the visits of provisional
     * permits it used or gave back (the feed brings the same values shortly), unless
     * changes made here wait to be pushed: they are newer.
     */
    private void adopt(Connection c, BookingAnswer answer) throws SQLException {
        if (answer.booking() == null) {
            return;
        }
        Booking after = answer.booking().toBooking();
        if (!UnpushedChanges.of(c, after.id()).centralVersionApplies(after.id())) {
            return;
        }
        Optional<Booking> before = new BookingRepository(c).find(after.id());
        Instant now = clock.instant();
        applier.apply(c, List.of(new Change.BookingChanged(answer.booking())), now);
        PermitRepository permits = new PermitRepository(c);
        List<String> had = before.filter(b -> b.status().isActive()).map(Booking::visitorIds).orElse(List.of());
        List<String> has = after.status().isActive() ? after.visitorIds() : List.of();
        permits.giveVisitBack(had.stream().filter(id -> !has.contains(id)).toList(), after.detaineeId());
        permits.useVisit(has.stream().filter(id -> !had.contains(id)).toList(), after.detaineeId());
    }

    /** Ids and rules only: never a name. */
    private static String summary(Outcome<BookingAnswer> outcome) {
        if (outcome instanceof Outcome.Answered<BookingAnswer> answered) {
            return answered.body().accepted() ? "done"
                    : "refused " + answered.body().refusals().stream().map(r -> r.rule() + " " + r.reason()).toList();
        }
        if (outcome instanceof Outcome.Rejected<BookingAnswer> rejected) {
            return "call refused: " + rejected.problem().code();
        }
        return "central not reached";
    }
}
