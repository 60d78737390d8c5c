package fr.borne.device.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayDeque;
import java.util.Arrays;

/**
 * A fake ESC/POS printer at the far end of a link, behaving as the real ones do where it matters to the driver:
 * received bytes go into a buffer that a print head empties at a set speed; real-time status requests
 * ({@code DLE EOT n}) are answered as soon as they arrive, from a paper/cover state the test controls; a
 * {@code GS ( H} process ID is answered ({@code 37h 22h d1 d2 d3 d4 00h}) only when the head reaches it, that is
 * once everything before it is printed. Paper can run out or the cover open after a given number of printed bytes
 * (the head stops, the rest stays buffered and prints once fixed), and the printer can stop answering. The head is a named
 * daemon thread started by {@link #serve} and stopped by {@link #close}.
 */
public final class PrinterEmulator implements AutoCloseable {

    private static final byte[] PROCESS_ID_COMMAND = {0x1D, '(', 'H', 6, 0, 48, 48};
    private static final long NEVER = Long.MAX_VALUE;

    private final ByteArrayOutputStream received = new ByteArrayOutputStream();
    private final ByteArrayOutputStream printed = new ByteArrayOutputStream();
    private final ArrayDeque<Byte> buffer = new ArrayDeque<>();
    private final byte[] recent = new byte[PROCESS_ID_COMMAND.length + 4];
    private OutputStream link;
    private Thread head;
    private boolean closed;
    private boolean paperOut;
    private boolean coverOpen;
    private boolean nearEnd;
    private boolean silent;
    private boolean silentAfterNextAck;
    private long bytesPerSecond;
    private long printedCount;
    private long paperOutAt = NEVER;
    private long coverOpenAt = NEVER;
    private long silentAt = NEVER;
    private long runStartNanos;
    private long runPrinted;

    public synchronized void paperOut(boolean out) {
        paperOut = out;
        notifyAll();
    }

    public synchronized void coverOpen(boolean open) {
        coverOpen = open;
        notifyAll();
    }

    public synchronized void nearEnd(boolean near) {
        nearEnd = near;
    }

    /** Stops answering anything, status or process ID (switched off behind a still-open link). */
    public synchronized void silent(boolean s) {
        silent = s;
    }

    /** Answers the next process ID, then stops answering anything. */
    public synchronized void silentAfterNextAck() {
        silentAfterNextAck = true;
    }

    /** Stops answering anything once this many more bytes are printed; printing goes on. */
    public synchronized void silentAfter(long bytes) {
        silentAt = after(bytes);
    }

    /** Paper runs out once this many more bytes are printed. */
    public synchronized void paperOutAfter(long bytes) {
        paperOutAt = after(bytes);
    }

    /** The cover is opened once this many more bytes are printed. */
    public synchronized void coverOpenAfter(long bytes) {
        coverOpenAt = after(bytes);
    }

    private long after(long bytes) {
        return bytes >= NEVER - printedCount ? NEVER : printedCount + bytes;
    }

    /** How fast the head prints; zero (the default) prints as fast as bytes come. */
    public synchronized void printSpeed(long bytesPerSecondOrZero) {
        bytesPerSecond = bytesPerSecondOrZero;
        notifyAll();
    }

    /** Every byte received, real-time requests included. */
    public synchronized byte[] received() {
        return received.toByteArray();
    }

    /** What came out on paper so far (real-time requests are never printed). */
    public synchronized byte[] printed() {
        return printed.toByteArray();
    }

    /** Bytes received but not printed yet. */
    public synchronized int buffered() {
        return buffer.size();
    }

    public synchronized void clear() {
        received.reset();
        printed.reset();
    }

    /** Serves one link until it closes. Bytes still buffered keep printing afterwards, as on a real printer. */
    public void serve(InputStream in, OutputStream out) throws IOException {
        synchronized (this) {
            link = out;
            if (head == null) {
                head = new Thread(this::printHead, "printer-emulator-head");
                head.setDaemon(true);
                head.start();
            }
        }
        int pendingDle = 0;
        int b;
        while ((b = in.read()) >= 0) {
            synchronized (this) {
                received.write(b);
                if (pendingDle == 0 && b == 0x10) {
                    pendingDle = 1;
                } else if (pendingDle == 1 && b == 0x04) {
                    pendingDle = 2;
                } else if (pendingDle == 2) {
                    pendingDle = 0;
                    send(new byte[]{(byte) statusAnswer(b)});
                } else {
                    if (pendingDle == 1) {
                        buffer.add((byte) 0x10);
                    }
                    pendingDle = 0;
                    buffer.add((byte) b);
                    if (bytesPerSecond == 0) {
                        printWhatCan(); // an instant printer: on paper before the next byte is read
                    }
                    notifyAll();
                }
            }
        }
    }

    @Override
    public synchronized void close() {
        closed = true;
        notifyAll();
    }

    private synchronized void printHead() {
        try {
            while (!closed) {
                if (buffer.isEmpty() || paperOut || coverOpen) {
                    wait();
                    runStartNanos = System.nanoTime();
                    runPrinted = 0;
                    continue;
                }
                if (bytesPerSecond > 0 && runPrinted >= (System.nanoTime() - runStartNanos) * bytesPerSecond / 1_000_000_000L) {
                    // The head's speed is what is emulated: wait for the next dot line, or for a state change.
                    wait(1);
                    continue;
                }
                printOne(buffer.poll());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void printWhatCan() {
        while (!buffer.isEmpty() && !paperOut && !coverOpen) {
            printOne(buffer.poll());
        }
    }

    private void printOne(byte b) {
        printed.write(b);
        printedCount++;
        runPrinted++;
        System.arraycopy(recent, 1, recent, 0, recent.length - 1);
        recent[recent.length - 1] = b;
        if (Arrays.equals(recent, 0, PROCESS_ID_COMMAND.length, PROCESS_ID_COMMAND, 0, PROCESS_ID_COMMAND.length)) {
            send(new byte[]{0x37, 0x22, recent[7], recent[8], recent[9], recent[10], 0});
            if (silentAfterNextAck) {
                silentAfterNextAck = false;
                silent = true;
            }
        }
        if (printedCount >= paperOutAt) {
            paperOut = true;
            paperOutAt = NEVER;
        }
        if (printedCount >= coverOpenAt) {
            coverOpen = true;
            coverOpenAt = NEVER;
        }
        if (printedCount >= silentAt) {
            silent = true;
            silentAt = NEVER;
        }
    }

    private void send(byte[] answer) {
        if (silent || link == null) {
            return;
        }
        try {
            link.write(answer);
            link.flush();
        } catch (IOException e) {
            // The driver closed the link: the answer is lost, as it would be on a real printer.
        }
    }

    private int statusAnswer(int n) {
        return switch (n) {
            case 1 -> 0x12 | (paperOut || coverOpen ? 0x08 : 0);
            case 2 -> 0x12 | (coverOpen ? 0x04 : 0) | (paperOut ? 0x20 : 0);
            case 4 -> 0x12 | (paperOut ? 0x60 : 0) | (nearEnd ? 0x0C : 0);
            default -> 0x12;
        };
    }
}
