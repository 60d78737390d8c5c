package fr.borne.device.printer;

import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A USB printer-class device file such as {@code /dev/usb/lp0}: a plain byte stream. Status answers, when the
 * printer is bidirectional, are read by a small daemon thread because a file read cannot time out.
 */
public final class DeviceFileTransport implements PrinterTransport {

    private final Path device;

    public DeviceFileTransport(Path device) {
        this.device = device;
    }

    @Override
    public PrinterConnection connect() throws IOException {
        OutputStream out = new FileOutputStream(device.toFile());
        InputStream in;
        try {
            in = new FileInputStream(device.toFile());
        } catch (IOException e) {
            out.close();
            throw e;
        }
        return new Connection(in, out, device.toString());
    }

    @Override
    public String describe() {
        return "usb " + device;
    }

    private static final class Connection implements PrinterConnection {
        private static final int END = -2;
        private final InputStream in;
        private final OutputStream out;
        private final BlockingQueue<Integer> received = new LinkedBlockingQueue<>();
        private volatile boolean closed;

        Connection(InputStream in, OutputStream out, String name) {
            this.in = in;
            this.out = out;
            Thread reader = new Thread(this::pump, "printer-usb-reader " + name);
            reader.setDaemon(true);
            reader.start();
        }

        private void pump() {
            try {
                int b;
                while (!closed && (b = in.read()) >= 0) {
                    received.add(b);
                }
            } catch (IOException e) {
                // Unidirectional printers refuse reads; status then simply never arrives.
            }
            received.add(END);
        }

        @Override
        public void write(byte[] bytes) throws IOException {
            out.write(bytes);
            out.flush();
        }

        @Override
        public int read(Duration timeout) throws IOException {
            try {
                Integer b = received.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
                if (b == null) {
                    return -1;
                }
                if (b == END) {
                    received.add(END);
                    return -1;
                }
                return b;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted while reading printer status", e);
            }
        }

        @Override
        public void discardInput() {
            received.removeIf(b -> b != END);
        }

        @Override
        public void close() throws IOException {
            closed = true;
            try {
                out.close();
            } finally {
                in.close();
            }
        }
    }
}
