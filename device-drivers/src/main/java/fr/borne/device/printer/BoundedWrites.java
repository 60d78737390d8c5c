package fr.borne.device.printer;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.FileChannel;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * Writes to a channel that may block for good (a pipe nobody reads, a printer that stopped taking bytes): a
 * watchdog closes the channel when one write takes longer than the timeout, which wakes the blocked write.
 */
final class BoundedWrites implements AutoCloseable {

    private final FileChannel channel;
    private final Duration timeout;
    private final String name;
    private final ScheduledExecutorService watchdog;
    private volatile boolean timedOut;

    BoundedWrites(FileChannel channel, Duration timeout, String name) {
        this.channel = channel;
        this.timeout = timeout;
        this.name = name;
        this.watchdog = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "printer-usb-write-watchdog " + name);
            t.setDaemon(true);
            return t;
        });
    }

    void write(ByteBuffer bytes) throws IOException {
        ScheduledFuture<?> alarm = watchdog.schedule(this::abort, timeout.toMillis(), TimeUnit.MILLISECONDS);
        try {
            while (bytes.hasRemaining()) {
                channel.write(bytes);
            }
        } catch (ClosedChannelException e) {
            throw timedOut ? new IOException(name + " took no bytes for " + timeout.toMillis() + " ms", e) : e;
        } finally {
            alarm.cancel(false);
        }
    }

    private void abort() {
        timedOut = true;
        try {
            channel.close();
        } catch (IOException e) {
            // Closing is all that is left to do.
        }
    }

    @Override
    public void close() {
        watchdog.shutdownNow();
    }
}
