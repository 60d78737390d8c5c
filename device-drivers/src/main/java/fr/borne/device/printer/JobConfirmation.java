package fr.borne.device.printer;

import java.io.IOException;
import java.time.Duration;
import java.util.Optional;

/**
 * Waits until the printer says a job is on paper: its answer to the {@code GS ( H} process ID sent after the job,
 * which an Epson-compatible printer gives only once everything before it is printed. Meanwhile the status is asked
 * every status timeout, so a printer that stops (paper out, cover open) ends the wait at once instead of at the
 * print timeout.
 */
final class JobConfirmation {

    enum Verdict {
        /** The printer confirmed the job: it is on paper. */
        PRINTED,
        /** The printer says it stopped before the end of the job. */
        STOPPED,
        /** No confirmation within the print timeout and no reason given: the receipt may or may not be complete. */
        UNCONFIRMED
    }

    /** @param status the last status the printer gave while waiting (OFFLINE if it gave none) */
    record Outcome(Verdict verdict, PrinterStatus status) {
    }

    private final Duration statusTimeout;
    private final Duration printTimeout;

    JobConfirmation(PrinterProfile profile) {
        this.statusTimeout = profile.statusTimeout();
        this.printTimeout = profile.printTimeout();
    }

    Outcome await(PrinterReplies replies, String processId) throws IOException {
        long deadline = System.nanoTime() + printTimeout.toNanos();
        while (true) {
            Duration left = Duration.ofNanos(Math.max(0, deadline - System.nanoTime()));
            if (replies.processed(processId, left.compareTo(statusTimeout) < 0 ? left : statusTimeout)) {
                return new Outcome(Verdict.PRINTED, PrinterStatus.ONLINE);
            }
            Optional<PrinterStatus> status = replies.askStatus(statusTimeout);
            // The confirmation may have come just before the status answer.
            if (replies.processed(processId, Duration.ZERO)) {
                return new Outcome(Verdict.PRINTED, status.orElse(PrinterStatus.OFFLINE));
            }
            if (status.isPresent() && !status.get().canPrint()) {
                return new Outcome(Verdict.STOPPED, status.get());
            }
            if (System.nanoTime() - deadline >= 0) {
                return new Outcome(Verdict.UNCONFIRMED, status.orElse(PrinterStatus.OFFLINE));
            }
        }
    }
}
