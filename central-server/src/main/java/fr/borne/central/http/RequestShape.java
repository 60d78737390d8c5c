package fr.borne.central.http;

import fr.borne.sync.AllotmentClaim;
import fr.borne.sync.AllotmentRequest;
import fr.borne.sync.BookingData;
import fr.borne.sync.CancelBooking;
import fr.borne.sync.ChangeVisitors;
import fr.borne.sync.CreateBooking;
import fr.borne.sync.Heartbeat;

import java.util.List;
import java.util.Optional;

/**
 * What a well-formed request body holds, checked before anything reads it: every required
 * field present, ids short, lists bounded. A body that fails gets a 400 naming the field.
 */
final class RequestShape {

    static final int MAX_ID = 100;
    /** B2 allows 3; more is not a booking to refuse but a body out of shape. */
    static final int MAX_VISITORS = 10;
    static final int MAX_CLAIMS = 500;

    private RequestShape() {
    }

    /** Empty when {@code body} has the shape its call needs; else what is wrong with it. */
    static Optional<String> problem(Object body) {
        if (body instanceof CreateBooking create) {
            return booking(create.booking());
        }
        if (body instanceof ChangeVisitors change) {
            return firstOf(id("actorId", change.actorId()), visitors(change.visitorIds()));
        }
        if (body instanceof CancelBooking cancel) {
            return cancel.withdrawal() ? Optional.empty() : id("actorId", cancel.actorId());
        }
        if (body instanceof AllotmentRequest request) {
            return claims(request.claims());
        }
        if (body instanceof Heartbeat heartbeat) {
            return heartbeat.queueDepth() < 0 ? Optional.of("queueDepth must not be negative") : Optional.empty();
        }
        return Optional.empty();
    }

    private static Optional<String> booking(BookingData booking) {
        if (booking == null) {
            return Optional.of("booking is required");
        }
        return firstOf(present("booking.id", booking.id()), id("booking.reference", booking.reference()),
                id("booking.bookedBy", booking.bookedBy()), id("booking.detaineeId", booking.detaineeId()),
                id("booking.roundId", booking.roundId()),
                booking.secondRoundId() == null ? Optional.empty() : id("booking.secondRoundId", booking.secondRoundId()),
                present("booking.date", booking.date()), present("booking.channel", booking.channel()),
                present("booking.createdAt", booking.createdAt()), visitors(booking.visitorIds()));
    }

    private static Optional<String> claims(List<AllotmentClaim> claims) {
        if (claims.size() > MAX_CLAIMS) {
            return Optional.of("at most " + MAX_CLAIMS + " claims at once");
        }
        for (AllotmentClaim claim : claims) {
            if (claim == null) {
                return Optional.of("a claim is null");
            }
            Optional<String> wrong = firstOf(id("claims.roundId", claim.roundId()), present("claims.date", claim.date()),
                    claim.returned() < 0 || claim.wantFree() < 0
                            ? Optional.of("claims.returned and claims.wantFree must not be negative")
                            : Optional.empty());
            if (wrong.isPresent()) {
                return wrong;
            }
        }
        return Optional.empty();
    }

    private static Optional<String> visitors(List<String> visitorIds) {
        if (visitorIds.size() > MAX_VISITORS) {
            return Optional.of("visitorIds names at most " + MAX_VISITORS + " visitors");
        }
        return visitorIds.stream().map(v -> id("visitorIds[]", v)).flatMap(Optional::stream).findFirst();
    }

    private static Optional<String> id(String field, String value) {
        if (value == null || value.isBlank()) {
            return Optional.of(field + " is required");
        }
        return value.length() > MAX_ID ? Optional.of(field + " is longer than " + MAX_ID) : Optional.empty();
    }

    private static Optional<String> present(String field, Object value) {
        return value == null ? Optional.of(field + " is required") : Optional.empty();
    }

    @SafeVarargs
    private static Optional<String> firstOf(Optional<String>... checks) {
        for (Optional<String> check : checks) {
            if (check.isPresent()) {
                return check;
            }
        }
        return Optional.empty();
    }
}
