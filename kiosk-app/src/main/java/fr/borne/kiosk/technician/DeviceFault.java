package fr.borne.kiosk.technician;

import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

/** A device's or the store's failure in a few words for a technician and the log: its kind and its message. */
final class DeviceFault {

    private DeviceFault() {
    }

    /** "IOException: connection reset", without the wrapping of the future it came through. */
    static String describe(Throwable fault) {
        Throwable cause = fault;
        while ((cause instanceof CompletionException || cause instanceof ExecutionException) && cause.getCause() != null) {
            cause = cause.getCause();
        }
        String message = cause.getMessage();
        return cause.getClass().getSimpleName() + (message == null || message.isBlank() ? "" : ": " + message);
    }
}
