package fr.borne.device.printer;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;

/**
 * Reads what a printer sends back and tells its two kinds of answer apart: one-byte real-time status answers
 * ({@code DLE EOT}) and process-ID responses ({@code 37h 22h d1 d2 d3 d4 00h}, to {@code GS ( H}). A status byte
 * always has {@code (b & 0x93) == 0x12}, which 37h does not, but the ID bytes may: they are read as part of the
 * response, never as status. Anything else (automatic status back, noise) is skipped. One per connection.
 */
final class PrinterReplies {

    private final PrinterConnection connection;
    private final byte[] id = new byte[EscPos.PROCESS_ID_LENGTH];
    private int state;
    private String lastProcessId;

    PrinterReplies(PrinterConnection connection) {
        this.connection = connection;
    }

    /**
     * Asks {@code DLE EOT 1, 2, 4}. Empty when the printer does not answer the first question at all (switched off
     * behind an open link, or gone); then the other two are not asked.
     */
    Optional<PrinterStatus> askStatus(Duration timeout) throws IOException {
        int printer = ask(1, timeout);
        if (printer == StatusReading.NO_ANSWER) {
            return Optional.empty();
        }
        return Optional.of(StatusReading.interpret(printer, ask(2, timeout), ask(4, timeout)));
    }

    private int ask(int n, Duration timeout) throws IOException {
        connection.write(EscPos.statusRequest(n));
        return status(timeout);
    }

    /** The next status answer within the timeout, or {@link StatusReading#NO_ANSWER}; process IDs on the way are kept. */
    int status(Duration timeout) throws IOException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            int b = next(deadline);
            if (b == StatusReading.NO_ANSWER) {
                return b;
            }
            if (parse(b) && StatusReading.valid(b)) {
                return b;
            }
        }
    }

    /** Whether the printer answered this process ID, now or earlier on this connection, waiting at most the timeout. */
    boolean processed(String processId, Duration timeout) throws IOException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!processId.equals(lastProcessId)) {
            int b = next(deadline);
            if (b == StatusReading.NO_ANSWER) {
                return false;
            }
            parse(b);
        }
        return true;
    }

    /** Drops answers to questions asked before (a late status byte), so the next read answers the next question. */
    void discardStale() throws IOException {
        connection.discardInput();
        state = 0;
    }

    /** The next byte, waiting until the deadline; once it has passed, only a byte already received. */
    private int next(long deadlineNanos) throws IOException {
        return connection.read(Duration.ofNanos(Math.max(0, deadlineNanos - System.nanoTime())));
    }

    /** Feeds one byte to the response parser; true if the byte is outside any process-ID response. */
    private boolean parse(int b) {
        if (state == 0) {
            if (b == EscPos.PROCESS_ID_HEADER) {
                state = 1;
                return false;
            }
            return true;
        }
        if (state == 1) {
            state = b == EscPos.PROCESS_ID_IDENTIFIER ? 2 : 0;
            return false;
        }
        if (state < 2 + EscPos.PROCESS_ID_LENGTH) {
            id[state - 2] = (byte) b;
            state++;
            return false;
        }
        if (b == 0) {
            lastProcessId = new String(id, StandardCharsets.US_ASCII);
        }
        state = 0;
        return false;
    }
}
