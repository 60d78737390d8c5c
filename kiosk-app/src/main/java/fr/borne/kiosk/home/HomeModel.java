package fr.borne.kiosk.home;

import fr.borne.booking.Booking;
import fr.borne.detainee.Detainee;
import fr.borne.establishment.Establishment;
import fr.borne.kiosk.KioskContext;
import fr.borne.kiosk.booking.BookingFacts;
import fr.borne.kiosk.i18n.ExplanationFacts;
import fr.borne.permit.Permit;
import fr.borne.visitor.Visitor;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What the visitor's home shows, read once off the screen's thread: their visits ahead,
 * those the establishment cancelled, changes central refused, and their permits. The view
 * renders from it in any language without reading the replica again.
 */
public record HomeModel(Visitor visitor, List<BookingFacts> upcoming, List<BookingFacts> cancelled,
                        List<RefusedChange> refused, List<PermitLine> permits, Establishment here) {

    public HomeModel {
        upcoming = List.copyOf(upcoming);
        cancelled = List.copyOf(cancelled);
        refused = List.copyOf(refused);
        permits = List.copyOf(permits);
    }

    /** A change central refused, with the booking it was about and what its reasons name. */
    public record RefusedChange(CentralRefusals.Refused refused, BookingFacts facts, ExplanationFacts explaining) {
    }

    /** A permit, for whom, and where that detainee is held. */
    public record PermitLine(Permit permit, Detainee detainee, Establishment heldAt) {
    }

    /** Reads everything; call off the screen's thread. */
    public static HomeModel load(KioskContext ctx) {
        Visitor visitor = ctx.session().requireVisitor();
        boolean remote = ctx.session().remote().isPresent();
        List<BookingFacts> cancelled = remote ? List.of() : facts(ctx, ctx.directory().cancelledByEstablishment(visitor.id()));
        List<RefusedChange> refused = new ArrayList<>();
        if (!remote) {
            for (CentralRefusals.Refused r : ctx.centralRefusals().about(visitor.id())) {
                ctx.directory().booking(r.bookingId()).flatMap(b -> facts(ctx, b))
                        .ifPresent(f -> refused.add(new RefusedChange(r, f, ctx.explanations().facts(r.reasons(),
                                f.establishment().orElse(ctx.establishment()), f.figures()))));
            }
        }
        List<BookingFacts> upcoming = facts(ctx, ctx.directory().upcomingBookings(visitor.id()));
        List<PermitLine> permits = new ArrayList<>();
        for (Permit permit : ctx.directory().permitsOf(visitor.id())) {
            ctx.directory().detainee(permit.detaineeId()).ifPresent(d -> permits.add(new PermitLine(permit, d,
                    ctx.directory().establishment(d.establishmentId()).orElse(ctx.establishment()))));
        }
        return new HomeModel(visitor, upcoming, cancelled, refused, permits, ctx.establishment());
    }

    private static List<BookingFacts> facts(KioskContext ctx, List<Booking> bookings) {
        return bookings.stream().map(b -> facts(ctx, b)).flatMap(Optional::stream).toList();
    }

    private static Optional<BookingFacts> facts(KioskContext ctx, Booking booking) {
        return BookingFacts.of(booking, ctx.directory(), ctx.figures());
    }
}
