package fr.borne.central.booking;

import fr.borne.sync.BookingAnswer;
import fr.borne.sync.Problem;

/** What central says to a booking call: an answer (done or refused), or a problem with the call itself. */
public sealed interface Reply {

    record Answered(BookingAnswer answer) implements Reply {
    }

    record Failed(int status, Problem problem) implements Reply {
    }

    static Reply problem(int status, String code, String message) {
        return new Failed(status, new Problem(code, message));
    }
}
