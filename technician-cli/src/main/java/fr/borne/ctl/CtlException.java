package fr.borne.ctl;

/** Stops a command with a message for the technician and an {@link Exit} code. */
final class CtlException extends RuntimeException {

    private final int exitCode;

    CtlException(int exitCode, String message) {
        super(message);
        this.exitCode = exitCode;
    }

    int exitCode() {
        return exitCode;
    }
}
