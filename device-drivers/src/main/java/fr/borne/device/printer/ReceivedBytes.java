package fr.borne.device.printer;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/** Bytes a device sends back, pumped by a daemon thread into a queue so reads can time out. */
final class ReceivedBytes implements AutoCloseable {

    private static final int END = -2;

    private final FileChannel in;
    private final BlockingQueue<Integer> queue = new LinkedBlockingQueue<>();

    ReceivedBytes(FileChannel in, String threadName) {
        this.in = in;
        Thread pump = new Thread(this::pump, threadName);
        pump.setDaemon(true);
        pump.start();
    }

    private void pump() {
        ByteBuffer buffer = ByteBuffer.allocate(64);
        try {
            while (in.read(buffer.clear()) >= 0) {
                buffer.flip();
                while (buffer.hasRemaining()) {
                    queue.add(buffer.get() & 0xFF);
                }
            }
        } catch (IOException e) {
            // Closed, or a unidirectional printer refusing reads: status then simply never arrives.
        }
        queue.add(END);
    }

    /** One byte, or −1 if none came within the timeout or the device is gone. */
    int next(Duration timeout) throws IOException {
        try {
            Integer b = queue.poll(timeout.toNanos(), TimeUnit.NANOSECONDS);
            if (b == null) {
                return -1;
            }
            if (b == END) {
                queue.add(END);
                return -1;
            }
            return b;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while reading printer status", e);
        }
    }

    void discard() {
        queue.removeIf(b -> b != END);
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
