package fr.borne.agent.client;

import fr.borne.sync.Problem;

/** How a call to central ended: answered, refused for good, or not reached (try again later). */
public sealed interface Outcome<T> {

    record Answered<T>(T body) implements Outcome<T> {
    }

    /** Central understood the call and said no (4xx): resending the same call cannot help. */
    record Rejected<T>(int status, Problem problem) implements Outcome<T> {
    }

    /** Nothing usable came back (network, timeout, 5xx, garbled answer): the call may be resent. */
    record Unreachable<T>(String why) implements Outcome<T> {
    }
}
