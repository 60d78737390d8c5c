package fr.borne.kiosk.booking;

import fr.borne.booking.BookingRequest;
import fr.borne.booking.Decision;
import fr.borne.booking.Reason;
import fr.borne.booking.RoundAvailability;
import fr.borne.kiosk.KioskContext;
import fr.borne.kiosk.online.Online;
import fr.borne.sync.BookingAnswer;
import fr.borne.sync.local.AgentStatus;
import fr.borne.sync.local.OnlineBooking;

import java.util.Set;
import java.util.UUID;

/**
 * A round of this establishment that still has places, when this kiosk's own allotment of
 * it is used up: the seat can only come from central's pool, online, through the sync
 * agent. Central's answer stands (B10); without central the visitor is told plainly.
 */
final class CentralPool {

    private final KioskContext ctx;

    CentralPool(KioskContext ctx) {
        this.ctx = ctx;
    }

    /** The local hold was refused only because no allotted seat is left here, while the round has places. */
    boolean couldServe(Decision refused, RoundAvailability round) {
        return ctx.agent().isPresent() && ctx.session().remote().isEmpty()
                && refused.reasons().equals(Set.of(Reason.FULL)) && round.seatsLeft() > 0;
    }

    /** Whether the agent reaches central now, so the visitor does not choose companions in vain. */
    boolean reachable() {
        return ctx.agent().map(agent -> agent.status() instanceof Online.Answered<AgentStatus> answered
                && answered.body().centralReachable()).orElse(false);
    }

    Online<BookingAnswer> book(BookingRequest request) {
        OnlineBooking online = new OnlineBooking(UUID.randomUUID(), ctx.clock().instant(), request.bookedBy(),
                request.detaineeId(), request.roundId(), request.date(), request.visitorIds(), request.doubleVisit());
        return ctx.agent().<Online<BookingAnswer>>map(agent -> agent.book(online)).orElse(new Online.Offline<>());
    }
}
