package fr.borne.device.printer;

import java.io.Closeable;
import java.io.IOException;
import java.time.Duration;

/** An open link to a printer: bytes out, status bytes back. */
public interface PrinterConnection extends Closeable {

    void write(byte[] bytes) throws IOException;

    /** One byte from the printer, or −1 if none came within the timeout. */
    int read(Duration timeout) throws IOException;

    /** Drops bytes the printer sent earlier (late status answers), so the next read answers the next question. */
    void discardInput() throws IOException;

    /** Whether the far end can answer at all (a plain file or a pipe cannot): if not, status is never asked. */
    default boolean answers() {
        return true;
    }
}
