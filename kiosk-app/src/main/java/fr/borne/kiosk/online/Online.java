package fr.borne.kiosk.online;

/**
 * How an online question to the sync agent ended: central's answer, or nothing done
 * because central (or the agent) could not be reached, or the call itself refused.
 */
public sealed interface Online<T> {

    record Answered<T>(T body) implements Online<T> {
    }

    /** Central or the agent did not answer in time: nothing was booked, changed or looked up. */
    record Offline<T>() implements Online<T> {
    }

    /** The call was refused as a call (unknown booking, no permit linking the two); {@code code} is for a technician. */
    record Failed<T>(String code) implements Online<T> {
    }
}
