package fr.borne.device.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/**
 * The far end of a printer link: records every byte received and answers {@code DLE EOT n} like a real printer,
 * from a paper/cover state the test controls. It can run out of paper after a given number of receipt bytes.
 */
public final class PrinterEmulator {

    private final ByteArrayOutputStream received = new ByteArrayOutputStream();
    private volatile boolean paperOut;
    private volatile boolean coverOpen;
    private volatile boolean nearEnd;
    private volatile boolean silent;
    private volatile long paperOutAfterBytes = Long.MAX_VALUE;
    private long printBytes;

    public void paperOut(boolean out) {
        paperOut = out;
    }

    public void coverOpen(boolean open) {
        coverOpen = open;
    }

    public void nearEnd(boolean near) {
        nearEnd = near;
    }

    /** Stops answering status requests (a printer switched off behind a still-open link). */
    public void silent(boolean s) {
        silent = s;
    }

    /** Paper runs out once this many more non-status bytes have been received. */
    public synchronized void paperOutAfter(long bytes) {
        paperOutAfterBytes = printBytes + bytes;
    }

    public synchronized byte[] received() {
        return received.toByteArray();
    }

    public synchronized void clear() {
        received.reset();
    }

    /** Serves one link until it closes. */
    public void serve(InputStream in, OutputStream out) throws IOException {
        int state = 0;
        int b;
        while ((b = in.read()) >= 0) {
            synchronized (this) {
                received.write(b);
                if (state == 0 && b == 0x10) {
                    state = 1;
                    continue;
                }
                if (state == 1 && b == 0x04) {
                    state = 2;
                    continue;
                }
                if (state == 2) {
                    state = 0;
                    if (!silent) {
                        out.write(answer(b));
                        out.flush();
                    }
                    continue;
                }
                state = 0;
                printBytes++;
                if (printBytes >= paperOutAfterBytes) {
                    paperOut = true;
                }
            }
        }
    }

    private int answer(int n) {
        return switch (n) {
            case 1 -> 0x12 | (paperOut || coverOpen ? 0x08 : 0);
            case 2 -> 0x12 | (coverOpen ? 0x04 : 0) | (paperOut ? 0x20 : 0);
            case 4 -> 0x12 | (paperOut ? 0x60 : 0) | (nearEnd ? 0x0C : 0);
            default -> 0x12;
        };
    }
}
