package fr.borne.agent.client;

import fr.borne.sync.Problem;

import java.util.Optional;

/** How a call to central ended: answered, refused for good, or not reached (try again later). */
public sealed interface Outcome<T> {

    record Answered<T>(T body) implements Outcome<T> {
    }

    /**
     * Central understood the call and said no (4xx): resending the same call cannot help.
     *
     * @param explained whether the answer carried central's problem code; a bare 4xx may come
     *                  from something in between (a proxy), not from central's judgement
     */
    record Rejected<T>(int status, Problem problem, boolean explained) implements Outcome<T> {
        public Rejected(int status, Problem problem) {
            this(status, problem, true);
        }
    }

    /**
     * Nothing usable came back (network, timeout, 5xx, garbled answer): the call may be resent.
     *
     * @param serverError the HTTP status when central answered with a server error (5xx), so
     *                    the request may be at fault rather than the link
     */
    record Unreachable<T>(String why, Optional<Integer> serverError) implements Outcome<T> {
        public Unreachable(String why) {
            this(why, Optional.empty());
        }
    }
}
