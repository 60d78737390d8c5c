package fr.borne.agent.local;

import fr.borne.agent.client.Outcome;
import fr.borne.booking.Reason;
import fr.borne.sync.Problem;
import fr.borne.sync.local.CentralUnreachable;

/** How an online question ended, as the local API tells the kiosk app: central's answer, its refusal of the call, or not reached. */
sealed interface OnlineReply<T> {

    record Answered<T>(T body) implements OnlineReply<T> {
    }

    /** Central understood the call and refused it as a call (an unknown booking, a reused key). */
    record Refused<T>(int status, Problem problem) implements OnlineReply<T> {
    }

    record Unreachable<T>(CentralUnreachable why) implements OnlineReply<T> {
    }

    /** {@code ifUnreachable}: what the visitor cannot do now if central did not answer. */
    static <T> OnlineReply<T> of(Outcome<T> outcome, Reason ifUnreachable) {
        if (outcome instanceof Outcome.Answered<T> answered) {
            return new Answered<>(answered.body());
        }
        if (outcome instanceof Outcome.Rejected<T> rejected) {
            return new Refused<>(rejected.status(), rejected.problem());
        }
        return new Unreachable<>(CentralUnreachable.because(ifUnreachable,
                "central booking server not reached (" + ((Outcome.Unreachable<T>) outcome).why()
                        + "): nothing was done"));
    }
}
