package fr.borne.central.booking;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.borne.booking.Availability;
import fr.borne.booking.Booking;
import fr.borne.booking.BookingRequest;
import fr.borne.booking.BookingResult;
import fr.borne.booking.BookingRules;
import fr.borne.booking.BookingStatus;
import fr.borne.booking.Channel;
import fr.borne.booking.Decision;
import fr.borne.booking.Ledger;
import fr.borne.booking.Reason;
import fr.borne.booking.RoundDay;
import fr.borne.booking.Refusal;
import fr.borne.central.allotment.Escrow;
import fr.borne.central.feed.Publisher;
import fr.borne.central.kiosk.Principal;
import fr.borne.central.notice.Contact;
import fr.borne.central.notice.NoticeOutbox;
import fr.borne.central.session.VisitorSessions;
import fr.borne.settings.SettingsSource;
import fr.borne.store.BookingRepository;
import fr.borne.store.Database;
import fr.borne.store.PermitRepository;
import fr.borne.store.PrefetchedLedger;
import fr.borne.store.SqlReads;
import fr.borne.store.SqliteLedger;
import fr.borne.sync.BookingAnswer;
import fr.borne.sync.BookingData;
import fr.borne.sync.CancelBooking;
import fr.borne.sync.ChangeVisitors;
import fr.borne.sync.CreateBooking;
import fr.borne.sync.Problem;
import fr.borne.sync.RefusalData;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Central as the authority on bookings across channels. Each call is one write
 * transaction that checks the idempotency key, applies the unchanged booking rules on a
 * ledger that counts kiosks' escrow as taken, writes the booking, the feed and the
 * answer, and commits them together: a retry, however late, gets the first answer.
 * A kiosk's word is taken for one thing only: that it confirmed a booking offline on a
 * seat central's escrow shows it held; changes and cancellations are always re-checked,
 * and a kiosk reaches only its own establishment, or a visitor of another through a
 * session opened by reading their badge (B11).
 */
public final class CentralBookings {

    private static final Logger LOG = LoggerFactory.getLogger(CentralBookings.class);

    private final Database database;
    private final SettingsSource settings;
    private final Clock clock;
    private final Escrow escrow;
    private final Publisher publisher;
    private final ObjectMapper json;
    private final IdempotencyKeys keys = new IdempotencyKeys();
    private final OfflineConfirmation offline;
    private final OfflineOverrides overrides;
    private final KioskReach reach;
    private final NoticeOutbox notices;

    public CentralBookings(Database database, SettingsSource settings, Clock clock, Escrow escrow, Publisher publisher,
                           ObjectMapper json, VisitorSessions sessions, NoticeOutbox notices) {
        this.notices = notices;
        this.offline = new OfflineConfirmation(escrow);
        this.overrides = new OfflineOverrides(json);
        this.reach = new KioskReach(sessions);
        this.database = database;
        this.settings = settings;
        this.clock = clock;
        this.escrow = escrow;
        this.publisher = publisher;
        this.json = json;
    }

    @FunctionalInterface
    private interface Work {
        /** @param feed what to append to the feed, last of all, when the reply commits */
        Reply run(Connection connection, Instant now, List<Publisher.Publication> feed) throws SQLException;
    }

    public Reply create(Principal principal, String key, CreateBooking command) {
        return create(principal, key, command, Optional.empty());
    }

    /**
     * A booking from a kiosk, the portal or the phone line. A kiosk's offline confirmation
     * ({@code allotted}) stands whatever central's rules say only when the kiosk could have
     * made it (see {@link OfflineConfirmation}); central then records what its rules would
     * have refused. Anything else is decided here, under the rules, like an online booking.
     */
    public Reply create(Principal principal, String key, CreateBooking command, Optional<String> session) {
        BookingData asked = command.booking().asRequest();
        if (principal instanceof Principal.Kiosk) {
            asked = new BookingData(asked.id(), asked.reference(), asked.bookedBy(), asked.detaineeId(),
                    asked.roundId(), asked.secondRoundId(), asked.date(), asked.visitorIds(), asked.status(),
                    Channel.KIOSK, asked.createdAt());
        }
        CreateBooking normalised = new CreateBooking(asked, command.allotted());
        List<String> gates = new ArrayList<>(List.of(roundDay(asked.roundId(), asked.date())));
        if (asked.secondRoundId() != null) {
            gates.add(roundDay(asked.secondRoundId(), asked.date()));
        }
        return idempotent(principal, key, normalised, gates, (connection, now, feed) -> {
            BookingData data = normalised.booking();
            BookingRepository bookings = new BookingRepository(connection);
            List<String> people = new ArrayList<>(data.visitorIds());
            people.add(data.bookedBy());
            // one round trip: whether the booking or its reference exists, and the rules' facts
            SqlReads reads = new SqlReads();
            Supplier<Optional<Booking>> existing = BookingRepository.find(reads, data.id());
            Supplier<Boolean> referenceTaken = BookingRepository.referenceExists(reads, data.reference());
            Supplier<PrefetchedLedger> prefetched = PrefetchedLedger.read(reads, new SqliteLedger(connection),
                    data.detaineeId(), people, data.date());
            Optional<String> kioskId = kioskOf(principal);
            Supplier<Integer> held = escrow.held(reads, data.roundId(), data.date(), kioskId);
            Supplier<List<Contact>> contacts = notices.contacts().ofVisitors(reads, data.visitorIds());
            reads.run(connection);
            if (existing.get().isPresent()) {
                return Reply.problem(422, Problem.IDEMPOTENCY_KEY_REUSED,
                        "booking " + data.id() + " exists already under another idempotency key");
            }
            Ledger facts = prefetched.get();
            Optional<Reply> outOfReach = reach.refusal(connection, facts, principal, session, data.detaineeId(),
                    data.bookedBy(), now);
            if (outOfReach.isPresent()) {
                return outOfReach.get();
            }
            BookingRules rules = rules(connection, facts, kioskId,
                    Map.of(new RoundDay(data.roundId(), data.date()), held.get()));
            BookingRequest request = new BookingRequest(data.bookedBy(), data.detaineeId(), data.roundId(),
                    data.date(), data.visitorIds(), data.secondRoundId() != null, data.channel());
            Decision decision = rules.mayBook(request);
            boolean honoured = normalised.allotted() && principal instanceof Principal.Kiosk kiosk
                    && offline.couldConfirm(connection, kiosk, data);
            if (!decision.allowed() && !honoured) {
                return answered(BookingAnswer.of(new BookingResult.Refused(decision)));
            }
            if (!decision.allowed()) {
                LOG.warn("honouring booking {} confirmed offline by {} on its held seat although central's facts "
                        + "refuse it: {}", data.id(), principal.name(), decision.failedRules());
                overrides.record(connection, data.id(), kioskId.orElseThrow(), decision, now);
            }
            Optional<String> secondRound = data.secondRoundId() == null || honoured
                    ? Optional.ofNullable(data.secondRoundId())
                    : rules.followingRound(data.detaineeId(), data.roundId(), data.date()).map(o -> o.round().id());
            Booking booking = new Booking(data.id(), uniqueReference(referenceTaken.get(), data), data.bookedBy(),
                    data.detaineeId(), data.roundId(), secondRound, data.date(), data.visitorIds(),
                    BookingStatus.CONFIRMED, data.channel(), data.createdAt());
            bookings.saveNew(booking, now);
            if (kioskId.isPresent()) {
                escrow.bookedBy(connection, booking.id(), kioskId.get());
            }
            new PermitRepository(connection).useVisit(booking.visitorIds(), booking.detaineeId());
            publisher.bookingChange(connection, BookingData.of(booking), booking.visitorIds()).ifPresent(feed::add);
            notices.confirmed(connection, booking, contacts.get(), now);
            return answered(BookingAnswer.of(new BookingResult.Done(booking)));
        });
    }

    public Reply changeVisitors(Principal principal, String key, UUID bookingId, ChangeVisitors command) {
        return changeVisitors(principal, key, bookingId, command, Optional.empty());
    }

    /** B3 under central's rules, for whoever asks: a kiosk's offline change is checked like any other. */
    public Reply changeVisitors(Principal principal, String key, UUID bookingId, ChangeVisitors command,
                                Optional<String> session) {
        return idempotent(principal, key, command, (connection, now, feed) -> {
            BookingRepository bookings = new BookingRepository(connection);
            Optional<Booking> found = bookings.find(bookingId);
            if (found.isEmpty()) {
                return Reply.problem(404, Problem.UNKNOWN_BOOKING, "no booking " + bookingId);
            }
            Booking booking = found.get();
            List<String> people = new ArrayList<>(booking.visitorIds());
            people.addAll(command.visitorIds());
            people.add(command.actorId());
            Ledger facts = facts(connection, booking.detaineeId(), people, booking.date());
            Optional<Reply> outOfReach = reach.refusal(connection, facts, principal, session, booking.detaineeId(),
                    command.actorId(), now);
            if (outOfReach.isPresent()) {
                return outOfReach.get();
            }
            if (booking.visitorIds().equals(command.visitorIds()) && booking.status().isActive()) {
                return answered(BookingAnswer.of(new BookingResult.Done(booking)));
            }
            Decision decision = rules(connection, facts, kioskOf(principal), Map.of())
                    .mayChangeVisitors(booking, command.actorId(), command.visitorIds());
            if (!decision.allowed()) {
                return answered(BookingAnswer.refused(booking, decision));
            }
            Booking changed = booking.withVisitors(command.visitorIds());
            bookings.save(changed, now);
            Set<String> removed = new HashSet<>(booking.visitorIds());
            removed.removeAll(changed.visitorIds());
            Set<String> added = new HashSet<>(changed.visitorIds());
            added.removeAll(booking.visitorIds());
            PermitRepository permits = new PermitRepository(connection);
            permits.giveVisitBack(removed, booking.detaineeId());
            permits.useVisit(added, booking.detaineeId());
            List<String> touched = new ArrayList<>(removed);
            touched.addAll(added);
            publisher.bookingChange(connection, BookingData.of(changed), touched).ifPresent(feed::add);
            return answered(BookingAnswer.of(new BookingResult.Done(changed)));
        });
    }

    public Reply cancel(Principal principal, String key, UUID bookingId, CancelBooking command) {
        return cancel(principal, key, bookingId, command, Optional.empty());
    }

    /** B4 under central's rules; a booking already cancelled stays so, and the answer says so. */
    public Reply cancel(Principal principal, String key, UUID bookingId, CancelBooking command,
                        Optional<String> session) {
        return idempotent(principal, key, command, (connection, now, feed) -> {
            if (command.withdrawal()) {
                return withdraw(principal, bookingId, connection, now, feed);
            }
            BookingRepository bookings = new BookingRepository(connection);
            Optional<Booking> found = bookings.find(bookingId);
            if (found.isEmpty()) {
                return Reply.problem(404, Problem.UNKNOWN_BOOKING, "no booking " + bookingId);
            }
            Booking booking = found.get();
            Ledger facts = facts(connection, booking.detaineeId(), List.of(), booking.date());
            Optional<Reply> outOfReach = reach.refusal(connection, facts, principal, session, booking.detaineeId(),
                    command.actorId(), now);
            if (outOfReach.isPresent()) {
                return outOfReach.get();
            }
            if (!booking.status().isActive()) {
                return answered(BookingAnswer.refused(booking, Decision.refused(Refusal.of(Reason.ALREADY_CANCELLED))));
            }
            Decision decision = rules(connection, facts, kioskOf(principal), Map.of())
                    .mayCancel(booking, command.actorId());
            if (!decision.allowed()) {
                return answered(BookingAnswer.refused(booking, decision));
            }
            return answered(BookingAnswer.of(new BookingResult.Done(cancelNow(connection, booking, now, feed))));
        });
    }

    /**
     * A kiosk gives up an online booking it told the visitor was not made: if the request
     * reached central after all, the booking is cancelled; either way its id can no longer
     * book, so a late or resent request books nothing.
     */
    private Reply withdraw(Principal principal, UUID bookingId, Connection connection, Instant now,
                           List<Publisher.Publication> feed) throws SQLException {
        if (!(principal instanceof Principal.Kiosk kiosk)) {
            return Reply.problem(403, Problem.UNKNOWN_KIOSK, "only the kiosk that sent a booking withdraws it");
        }
        keys.withdraw(connection, principal.name(), bookingId.toString(), now);
        Optional<Booking> found = new BookingRepository(connection).find(bookingId);
        if (found.isEmpty()) {
            return answered(new BookingAnswer(null, List.of()));
        }
        if (!escrow.madeBy(connection, bookingId, kiosk.id())) {
            return answered(new BookingAnswer(null, List.of(RefusalData.of(Refusal.of(Reason.NOT_YOUR_BOOKING)))));
        }
        Booking booking = found.get();
        LOG.warn("booking {} withdrawn by {}: the kiosk could not confirm it in time", bookingId, principal.name());
        Booking after = booking.status().isActive() ? cancelNow(connection, booking, now, feed) : booking;
        return answered(BookingAnswer.of(new BookingResult.Done(after)));
    }

    private Booking cancelNow(Connection connection, Booking booking, Instant now, List<Publisher.Publication> feed)
            throws SQLException {
        Booking cancelled = booking.withStatus(BookingStatus.CANCELLED);
        new BookingRepository(connection).saveStatus(cancelled, now);
        new PermitRepository(connection).giveVisitBack(booking.visitorIds(), booking.detaineeId());
        publisher.bookingChange(connection, BookingData.of(cancelled), booking.visitorIds()).ifPresent(feed::add);
        return cancelled;
    }

    /**
     * What the visitor can book for the detainee over the next days, as central counts it
     * for this caller (other kiosks' escrow is taken), inside the caller's read transaction.
     */
    public Availability availability(Connection connection, Principal principal, String visitorId,
                                     String detaineeId) {
        return rules(connection, new SqliteLedger(connection), kioskOf(principal), Map.of())
                .availability(visitorId, detaineeId);
    }

    /** The gate of a round on a day: bookings on it queue one behind the other on PostgreSQL ({@link Database}). */
    public static String roundDay(String roundId, java.time.LocalDate date) {
        return "round-day:" + roundId + "/" + date;
    }

    private Reply idempotent(Principal principal, String key, Object request, Work work) {
        return idempotent(principal, key, request, List.of(), work);
    }

    private Reply idempotent(Principal principal, String key, Object request, List<String> gates, Work work) {
        String requestJson = write(request);
        return database.write(gates, connection -> {
            Instant now = clock.instant();
            Optional<IdempotencyKeys.Stored> stored = keys.find(connection, principal.name(), key);
            if (stored.isPresent()) {
                if (stored.get().withdrawn()) {
                    return Reply.problem(422, Problem.IDEMPOTENCY_KEY_REUSED,
                            "booking " + key + " was withdrawn by the kiosk: a new attempt needs a new booking id");
                }
                if (!stored.get().request().equals(requestJson)) {
                    return Reply.problem(422, Problem.IDEMPOTENCY_KEY_REUSED,
                            "idempotency key " + key + " was used for another request");
                }
                return answered(read(stored.get().answer()));
            }
            List<Publisher.Publication> feed = new ArrayList<>();
            Reply reply = work.run(connection, now, feed);
            if (reply instanceof Reply.Answered answered) {
                keys.remember(connection, principal.name(), key, requestJson, write(answered.answer()), now);
                // last: the feed's lock is held from here to the commit (ChangeFeed)
                publisher.append(connection, feed);
            }
            return reply;
        }, reply -> reply instanceof Reply.Answered);
    }

    /** @param heldRead seats kiosks hold in escrow on a round day, read already in this transaction */
    private BookingRules rules(Connection connection, Ledger facts, Optional<String> kioskId,
                               Map<RoundDay, Integer> heldRead) {
        return new BookingRules(new EscrowLedger(facts, connection, escrow, kioskId, heldRead), settings, clock);
    }

    /**
     * What the rules will read about one booking, read at once: one round trip to a database
     * server rather than one per fact and per visitor. For this transaction's decision only.
     */
    private static Ledger facts(Connection connection, String detaineeId, List<String> people, LocalDate date)
            throws SQLException {
        return PrefetchedLedger.read(connection, new SqliteLedger(connection), detaineeId, people, date);
    }

    private static Optional<String> kioskOf(Principal principal) {
        return principal instanceof Principal.Kiosk kiosk ? Optional.of(kiosk.id()) : Optional.empty();
    }

    /** Two kiosks may draw the same short reference; the second gets a suffix from its id. */
    private static String uniqueReference(boolean taken, BookingData data) {
        if (!taken) {
            return data.reference();
        }
        return data.reference() + "-" + data.id().toString().substring(0, 4).toUpperCase(java.util.Locale.ROOT);
    }

    private static Reply answered(BookingAnswer answer) {
        return new Reply.Answered(answer);
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("protocol records always serialise", e);
        }
    }

    private BookingAnswer read(String stored) {
        try {
            return json.readValue(stored, BookingAnswer.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored answer unreadable", e);
        }
    }
}
