package fr.borne.kiosk.remote;

import fr.borne.booking.Availability;
import fr.borne.booking.BookingRequest;
import fr.borne.booking.BookingResult;
import fr.borne.booking.BookingService;
import fr.borne.booking.DayAvailability;
import fr.borne.booking.Decision;
import fr.borne.booking.HoldResult;
import fr.borne.booking.Reason;
import fr.borne.booking.Refusal;
import fr.borne.booking.RoundAvailability;
import fr.borne.booking.SeatHold;
import fr.borne.establishment.Establishment;
import fr.borne.establishment.RoundOccurrence;
import fr.borne.kiosk.online.AgentLocal;
import fr.borne.kiosk.online.Online;
import fr.borne.sync.BookingAnswer;
import fr.borne.sync.Problem;
import fr.borne.sync.RefusalData;
import fr.borne.sync.local.OnlineBooking;
import fr.borne.sync.local.OnlineCancel;
import fr.borne.sync.local.OnlineChange;
import fr.borne.sync.local.RemoteAvailability;
import fr.borne.sync.local.RemoteDay;
import fr.borne.sync.local.RemoteRound;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Booking for a detainee held in another establishment (B11): central decides, through
 * the sync agent, with the same rules and refusals. Central keeps no seat while the
 * visitor chooses companions, so the "hold" here only remembers the round chosen; the
 * confirmation is central's. Offline, nothing is done and the refusal says the network
 * is needed. Nothing is written to the replica.
 */
public final class RemoteBookings implements BookingService {

    private static final Duration CHOOSING = Duration.ofMinutes(3);

    private final AgentLocal agent;
    private final RemoteDirectory directory;
    private final Clock clock;
    private final Map<String, Availability> availabilities = new java.util.concurrent.ConcurrentHashMap<>();

    public RemoteBookings(AgentLocal agent, RemoteDirectory directory, Clock clock) {
        this.agent = agent;
        this.directory = directory;
        this.clock = clock;
    }

    /** Asks central for the detainee's days and rounds; empty when central cannot be reached now. */
    public Optional<Availability> fetch(String visitorId, String detaineeId) {
        Online<RemoteAvailability> answer = agent.availability(visitorId, detaineeId);
        if (!(answer instanceof Online.Answered<RemoteAvailability> answered)) {
            return Optional.empty();
        }
        Availability availability = convert(answered.body());
        availabilities.put(detaineeId, availability);
        return Optional.of(availability);
    }

    @Override
    public Availability availability(String visitorId, String detaineeId) {
        Availability known = availabilities.get(detaineeId);
        if (known != null) {
            return known;
        }
        return fetch(visitorId, detaineeId).orElse(new Availability(visitorId, detaineeId, List.of()));
    }

    @Override
    public HoldResult hold(String visitorId, String detaineeId, String roundId, LocalDate date) {
        Optional<RoundAvailability> round = availability(visitorId, detaineeId).days().stream()
                .filter(d -> d.date().equals(date)).flatMap(d -> d.rounds().stream())
                .filter(r -> r.occurrence().round().id().equals(roundId)).findFirst();
        if (round.isEmpty()) {
            return new HoldResult.Refused(Decision.refused(Refusal.of(Reason.UNKNOWN_ROUND)));
        }
        if (!round.get().bookable()) {
            return new HoldResult.Refused(round.get().decision());
        }
        return new HoldResult.Held(new SeatHold(UUID.randomUUID(), roundId, date, visitorId,
                clock.instant().plus(CHOOSING)));
    }

    @Override
    public void release(UUID holdId) {
        // central kept nothing while the visitor chose
    }

    @Override
    public BookingResult confirm(UUID holdId, BookingRequest request) {
        OnlineBooking online = new OnlineBooking(UUID.randomUUID(), clock.instant(), request.bookedBy(),
                request.detaineeId(), request.roundId(), request.date(), request.visitorIds(), request.doubleVisit());
        BookingResult result = settle(agent.book(online));
        availabilities.remove(request.detaineeId());
        return result;
    }

    @Override
    public BookingResult changeVisitors(UUID bookingId, String actorId, List<String> visitorIds) {
        return settle(agent.changeVisitors(bookingId, new OnlineChange(UUID.randomUUID(), actorId, visitorIds)));
    }

    @Override
    public BookingResult cancel(UUID bookingId, String actorId) {
        BookingResult result = settle(agent.cancel(bookingId, new OnlineCancel(UUID.randomUUID(), actorId)));
        availabilities.clear();
        return result;
    }

    private BookingResult settle(Online<BookingAnswer> answer) {
        if (answer instanceof Online.Answered<BookingAnswer> answered) {
            BookingAnswer body = answered.body();
            if (body.booking() != null) {
                directory.remember(body.booking().toBooking());
            }
            return body.toResult();
        }
        if (answer instanceof Online.Failed<BookingAnswer> failed) {
            return BookingResult.refused(Refusal.of(switch (failed.code()) {
                case Problem.NO_PERMIT -> Reason.NO_PERMIT;
                case Problem.UNKNOWN_BOOKING -> Reason.NOT_YOUR_BOOKING;
                default -> Reason.OTHER_ESTABLISHMENT_NEEDS_NETWORK;
            }));
        }
        return BookingResult.refused(Refusal.of(Reason.OTHER_ESTABLISHMENT_NEEDS_NETWORK));
    }

    private Availability convert(RemoteAvailability remote) {
        Establishment establishment = remote.establishment();
        directory.learn(establishment);
        List<DayAvailability> days = remote.days().stream().map(day -> convert(day, establishment)).toList();
        return new Availability(remote.visitorId(), remote.detaineeId(), days);
    }

    private DayAvailability convert(RemoteDay day, Establishment establishment) {
        List<RoundAvailability> rounds = day.rounds().stream().map(r -> convert(r, establishment)).toList();
        return new DayAvailability(day.date(), rounds,
                Optional.ofNullable(day.unavailableBecause()).map(RefusalData::toRefusal));
    }

    private RoundAvailability convert(RemoteRound round, Establishment establishment) {
        directory.learn(round.round());
        return new RoundAvailability(new RoundOccurrence(round.round(), round.date(), establishment.zone()),
                round.convocation(), round.seatsLeft(),
                new Decision(round.refusals().stream().map(RefusalData::toRefusal).toList()));
    }
}
