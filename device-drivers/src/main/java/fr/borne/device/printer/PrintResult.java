package fr.borne.device.printer;

/** The outcome of one print job: never silent, a failure says why. */
public sealed interface PrintResult {

    long jobId();

    default boolean printed() {
        return this instanceof Printed;
    }

    record Printed(long jobId) implements PrintResult {
    }

    /** @param message words a technician can act on, e.g. "paper out" */
    record Failed(long jobId, PrintFailure reason, String message) implements PrintResult {
    }
}
