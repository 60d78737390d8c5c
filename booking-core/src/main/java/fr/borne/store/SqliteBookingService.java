package fr.borne.store;

import fr.borne.booking.Availability;
import fr.borne.booking.Booking;
import fr.borne.booking.BookingRequest;
import fr.borne.booking.BookingResult;
import fr.borne.booking.BookingRules;
import fr.borne.booking.BookingService;
import fr.borne.booking.BookingStatus;
import fr.borne.booking.Channel;
import fr.borne.booking.Decision;
import fr.borne.booking.HoldResult;
import fr.borne.booking.Ledger;
import fr.borne.booking.Reason;
import fr.borne.booking.Refusal;
import fr.borne.booking.RoundDay;
import fr.borne.booking.SeatHold;
import fr.borne.settings.SettingsSource;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Bookings made at this kiosk, on the local replica. Each write is one {@code BEGIN
 * IMMEDIATE} transaction that checks the rules on the facts it then changes, and writes
 * the outbox row the sync agent pushes; a refusal rolls it back, leaving no row behind.
 * Settings come from the replica's {@code settings_override} table at each call.
 */
public final class SqliteBookingService implements BookingService {

    private final Database database;
    private final String establishmentId;
    private final Clock clock;
    private final SeatPolicy seatPolicy;
    private final BookingReferences references = new BookingReferences();
    private final BookingJson json = new BookingJson();

    /**
     * @param establishmentId the establishment this kiosk serves: its detainees are booked
     *                        here, any other needs the central server (B11)
     * @param seatPolicy      whether a seat may be taken locally, beyond the rules
     */
    public SqliteBookingService(Database database, String establishmentId, Clock clock, SeatPolicy seatPolicy) {
        this.database = Objects.requireNonNull(database, "database");
        this.establishmentId = Objects.requireNonNull(establishmentId, "establishmentId");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.seatPolicy = Objects.requireNonNull(seatPolicy, "seatPolicy");
    }

    /** Seats limited by the rounds' capacity alone. */
    public SqliteBookingService(Database database, String establishmentId, Clock clock) {
        this(database, establishmentId, clock, SeatPolicy.roundCapacity());
    }

    @Override
    public Availability availability(String visitorId, String detaineeId) {
        return database.read(connection -> rules(connection).availability(visitorId, detaineeId));
    }

    @Override
    public HoldResult hold(String visitorId, String detaineeId, String roundId, LocalDate date) {
        return database.write(connection -> {
            Instant now = clock.instant();
            SeatHoldRepository holds = new SeatHoldRepository(connection);
            holds.purgeExpired(now);
            holds.deleteHeldBy(visitorId);
            BookingRequest alone = new BookingRequest(visitorId, detaineeId, roundId, date, List.of(visitorId),
                    false, Channel.KIOSK);
            SettingsSource settings = settings(connection);
            Ledger facts = facts(connection, detaineeId, List.of(visitorId), date);
            List<Refusal> refusals = new ArrayList<>(rules(facts, settings).mayBook(alone).refusals());
            refusals.removeIf(refusal -> refusal.reason().dependsOnWhoComes());
            refusals.addAll(elsewhere(facts, detaineeId));
            if (refusals.isEmpty()) {
                seatPolicy.mayTakeSeat(connection, new RoundDay(roundId, date), now).ifPresent(refusals::add);
            }
            if (!refusals.isEmpty()) {
                return new HoldResult.Refused(new Decision(refusals));
            }
            SeatHold hold = new SeatHold(UUID.randomUUID(), roundId, date, visitorId,
                    now.plus(settings.forBooking(establishmentId, roundId, detaineeId).seatHold()));
            holds.insert(hold, detaineeId);
            return new HoldResult.Held(hold);
        }, result -> result instanceof HoldResult.Held);
    }

    @Override
    public void release(UUID holdId) {
        if (holdId != null) {
            database.write(connection -> {
                new SeatHoldRepository(connection).delete(holdId);
                return null;
            });
        }
    }

    @Override
    public BookingResult confirm(UUID holdId, BookingRequest request) {
        return database.write(connection -> {
            Instant now = clock.instant();
            SeatHoldRepository holds = new SeatHoldRepository(connection);
            Ledger facts = facts(connection, request.detaineeId(), people(request.visitorIds(), request.bookedBy()),
                    request.date());
            BookingRules rules = rules(facts, settings(connection));
            Optional<SeatHold> ownHold = (holdId == null ? Optional.<SeatHold>empty() : holds.find(holdId))
                    .filter(hold -> hold.isLiveAt(now) && holds(hold, request));
            Decision decision = ownHold.isPresent() ? rules.mayConfirm(request, ownHold.get()) : rules.mayBook(request);
            List<Refusal> refusals = new ArrayList<>(decision.refusals());
            refusals.addAll(elsewhere(facts, request.detaineeId()));
            Optional<String> secondRound = Optional.empty();
            if (refusals.isEmpty() && request.doubleVisit()) {
                secondRound = rules.followingRound(request.detaineeId(), request.roundId(), request.date())
                        .map(occurrence -> occurrence.round().id());
            }
            if (refusals.isEmpty()) {
                // The hold turns into the booking; a refusal below rolls this back and keeps it.
                if (holdId != null) {
                    holds.delete(holdId);
                }
                refusals.addAll(seatsRefused(connection, request, secondRound, now));
            }
            if (!refusals.isEmpty()) {
                return new BookingResult.Refused(new Decision(refusals));
            }
            Booking booking = new Booking(UUID.randomUUID(), references.next(connection), request.bookedBy(),
                    request.detaineeId(), request.roundId(), secondRound, request.date(), request.visitorIds(),
                    BookingStatus.CONFIRMED, request.channel(), now);
            new BookingRepository(connection).saveNew(booking, now);
            new PermitRepository(connection).useVisit(booking.visitorIds(), booking.detaineeId());
            new OutboxRepository(connection, json).add(OutboxKind.CREATE, booking, now);
            return new BookingResult.Done(booking);
        }, result -> result instanceof BookingResult.Done);
    }

    @Override
    public BookingResult changeVisitors(UUID bookingId, String actorId, List<String> visitorIds) {
        return database.write(connection -> {
            Instant now = clock.instant();
            BookingRepository bookings = new BookingRepository(connection);
            Optional<Booking> found = bookingId == null ? Optional.empty() : bookings.find(bookingId);
            if (found.isEmpty()) {
                return BookingResult.refused(Refusal.of(Reason.NOT_YOUR_BOOKING));
            }
            Booking booking = found.get();
            List<String> people = new ArrayList<>(booking.visitorIds());
            people.addAll(visitorIds);
            Decision decision = rules(connection, booking, people(people, actorId))
                    .mayChangeVisitors(booking, actorId, visitorIds);
            if (!decision.allowed()) {
                return new BookingResult.Refused(decision);
            }
            Booking changed = booking.withVisitors(visitorIds);
            bookings.save(changed, now);
            PermitRepository permits = new PermitRepository(connection);
            permits.giveVisitBack(without(booking.visitorIds(), changed.visitorIds()), booking.detaineeId());
            permits.useVisit(without(changed.visitorIds(), booking.visitorIds()), booking.detaineeId());
            new OutboxRepository(connection, json).add(OutboxKind.CHANGE_VISITORS, changed, now);
            return new BookingResult.Done(changed);
        }, result -> result instanceof BookingResult.Done);
    }

    @Override
    public BookingResult cancel(UUID bookingId, String actorId) {
        return database.write(connection -> {
            Instant now = clock.instant();
            BookingRepository bookings = new BookingRepository(connection);
            Optional<Booking> found = bookingId == null ? Optional.empty() : bookings.find(bookingId);
            if (found.isEmpty()) {
                return BookingResult.refused(Refusal.of(Reason.NOT_YOUR_BOOKING));
            }
            Booking booking = found.get();
            Decision decision = rules(connection, booking, people(booking.visitorIds(), actorId))
                    .mayCancel(booking, actorId);
            if (!decision.allowed()) {
                return new BookingResult.Refused(decision);
            }
            Booking cancelled = booking.withStatus(BookingStatus.CANCELLED);
            bookings.saveStatus(cancelled, now);
            new PermitRepository(connection).giveVisitBack(cancelled.visitorIds(), cancelled.detaineeId());
            new OutboxRepository(connection, json).add(OutboxKind.CANCEL, cancelled, now);
            return new BookingResult.Done(cancelled);
        }, result -> result instanceof BookingResult.Done);
    }

    /** Rules over every fact of the replica, read as they are asked: availability's span is wider than one booking. */
    private BookingRules rules(Connection connection) throws SQLException {
        return rules(new SqliteLedger(connection), settings(connection));
    }

    /** Rules on one existing booking, over its facts read at once. */
    private BookingRules rules(Connection connection, Booking booking, Collection<String> people)
            throws SQLException {
        return rules(facts(connection, booking.detaineeId(), people, booking.date()), settings(connection));
    }

    /** Rules over settings this transaction already read: one read of the settings per transaction. */
    private BookingRules rules(Ledger facts, SettingsSource settings) {
        return new BookingRules(facts, settings, clock);
    }

    /**
     * What the rules will read about one booking of these people with the detainee on that
     * date, read at once, one query per table ({@link PrefetchedLedger}) rather than one per
     * question the rules ask: the rules ask for the timetable alone some twenty times.
     */
    private static Ledger facts(Connection connection, String detaineeId, Collection<String> people, LocalDate date)
            throws SQLException {
        return PrefetchedLedger.read(connection, new SqliteLedger(connection), detaineeId, people, date);
    }

    /** The visitors and whoever acts, once each. */
    private static Collection<String> people(List<String> visitorIds, String actorId) {
        Set<String> people = new LinkedHashSet<>(visitorIds);
        people.add(actorId);
        return people;
    }

    private static SettingsSource settings(Connection connection) throws SQLException {
        return new SettingsOverrideRepository(connection).load();
    }

    /** B11: a detainee of another establishment is booked through the central server, not here. */
    private List<Refusal> elsewhere(Ledger facts, String detaineeId) {
        return facts.detainee(detaineeId)
                .filter(detainee -> !detainee.establishmentId().equals(establishmentId))
                .map(detainee -> List.of(Refusal.of(Reason.OTHER_ESTABLISHMENT_NEEDS_NETWORK)))
                .orElse(List.of());
    }

    private List<Refusal> seatsRefused(Connection connection, BookingRequest request, Optional<String> secondRound,
                                       Instant now) throws SQLException {
        List<Refusal> refusals = new ArrayList<>();
        seatPolicy.mayTakeSeat(connection, new RoundDay(request.roundId(), request.date()), now)
                .ifPresent(refusals::add);
        if (secondRound.isPresent()) {
            seatPolicy.mayTakeSeat(connection, new RoundDay(secondRound.get(), request.date()), now)
                    .ifPresent(refusals::add);
        }
        return refusals;
    }

    private static boolean holds(SeatHold hold, BookingRequest request) {
        return hold.roundId().equals(request.roundId()) && hold.date().equals(request.date());
    }

    private static List<String> without(List<String> ids, List<String> removed) {
        return ids.stream().filter(id -> !removed.contains(id)).toList();
    }
}
