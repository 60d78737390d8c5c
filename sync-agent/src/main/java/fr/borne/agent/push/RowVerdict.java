package fr.borne.agent.push;

import fr.borne.agent.client.Outcome;
import fr.borne.sync.BookingAnswer;
import fr.borne.sync.Problem;

/**
 * What central's answer to one outbox row means for that row and the rows after it: done;
 * refused by the booking rules (the kiosk app tells the visitor); refused as a call for good
 * (a 4xx with central's problem code: parked, the rest goes on); a fault of central's on this
 * row (a 5xx, or a bare 4xx from something in between: the row waits, the rest goes on); or
 * central not reached, or not accepting this kiosk at all (the whole queue waits).
 */
sealed interface RowVerdict {

    record Accepted(BookingAnswer answer) implements RowVerdict {
    }

    record RefusedByRules(BookingAnswer answer) implements RowVerdict {
    }

    record Parked(int status, Problem problem) implements RowVerdict {
        String reason() {
            return "HTTP " + status + " " + problem.code();
        }
    }

    record ServerFault(String why) implements RowVerdict {
    }

    record NotReached(String why) implements RowVerdict {
    }

    static RowVerdict of(Outcome<BookingAnswer> outcome) {
        if (outcome instanceof Outcome.Answered<BookingAnswer> answered) {
            return answered.body().accepted() ? new Accepted(answered.body()) : new RefusedByRules(answered.body());
        }
        if (outcome instanceof Outcome.Unreachable<BookingAnswer> unreachable) {
            // 502, 503 and 504 speak of central as a whole (down, overloaded, behind a proxy), not of this row.
            boolean thisRow = unreachable.serverError().filter(s -> s != 502 && s != 503 && s != 504).isPresent();
            return thisRow ? new ServerFault(unreachable.why()) : new NotReached(unreachable.why());
        }
        Outcome.Rejected<BookingAnswer> rejected = (Outcome.Rejected<BookingAnswer>) outcome;
        if (refusesThisKiosk(rejected)) {
            return new NotReached("central does not accept this kiosk: HTTP " + rejected.status() + " "
                    + rejected.problem().code());
        }
        if (!rejected.explained()) {
            return new ServerFault("HTTP " + rejected.status() + " without central's problem code");
        }
        return new Parked(rejected.status(), rejected.problem());
    }

    /** A certificate or registration problem: every row would get the same answer, none is at fault. */
    private static boolean refusesThisKiosk(Outcome.Rejected<BookingAnswer> rejected) {
        return rejected.status() == 401 || (rejected.status() == 403
                && (!rejected.explained() || Problem.UNKNOWN_KIOSK.equals(rejected.problem().code())));
    }
}
