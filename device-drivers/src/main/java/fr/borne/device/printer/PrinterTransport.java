package fr.borne.device.printer;

import java.io.IOException;

/** How to reach a printer: serial line, USB device file or TCP port. */
public interface PrinterTransport {

    /** Opens a new connection; fails with an {@link IOException} if the printer cannot be reached now. */
    PrinterConnection connect() throws IOException;

    /** For logs and the technician screen, e.g. {@code tcp 10.0.0.5:9100}. */
    String describe();
}
