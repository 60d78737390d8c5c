package fr.borne.device.printer;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A printer reached through a file: a USB printer-class device such as {@code /dev/usb/lp0}, or, for tests and
 * capture, a plain file (appended to) or a named pipe. Only a character device can answer, so only there is the
 * status read, and only when asked for; a file or pipe is written to and never read (reading a pipe would take the
 * driver's own output). Opening a pipe waits for a reader, so the open is bounded by a timeout, as is every write
 * (a printer that stops taking bytes would otherwise hold the printer's lock forever).
 */
public final class DeviceFileTransport implements PrinterTransport {

    private final Path device;
    private final boolean readStatus;
    private final Duration openTimeout;
    private final Duration writeTimeout;

    /**
     * @param readStatus   whether to read status answers from a character device (a unidirectional link cannot)
     * @param openTimeout  how long to wait for the open (a pipe with no reader never opens)
     * @param writeTimeout how long one write may block before the link is dropped
     */
    public DeviceFileTransport(Path device, boolean readStatus, Duration openTimeout, Duration writeTimeout) {
        this.device = device;
        this.readStatus = readStatus;
        this.openTimeout = openTimeout;
        this.writeTimeout = writeTimeout;
    }

    @Override
    public PrinterConnection connect() throws IOException {
        FileKind kind = FileKind.of(device);
        if (kind == FileKind.MISSING) {
            throw new NoSuchFileException(device.toString());
        }
        FileChannel out = openForWriting(kind);
        if (kind != FileKind.CHARACTER_DEVICE || !readStatus) {
            return new FileConnection(out, writeTimeout, device.toString());
        }
        try {
            return new DeviceConnection(out, FileChannel.open(device, StandardOpenOption.READ), writeTimeout, device.toString());
        } catch (IOException e) {
            out.close();
            throw e;
        }
    }

    @Override
    public String describe() {
        return "usb " + device;
    }

    private FileChannel openForWriting(FileKind kind) throws IOException {
        CompletableFuture<FileChannel> opened = new CompletableFuture<>();
        Thread opener = new Thread(() -> {
            try {
                FileChannel channel = kind == FileKind.REGULAR
                        ? FileChannel.open(device, StandardOpenOption.WRITE, StandardOpenOption.APPEND)
                        : FileChannel.open(device, StandardOpenOption.WRITE);
                if (!opened.complete(channel)) {
                    channel.close(); // the caller gave up waiting
                }
            } catch (IOException | RuntimeException e) {
                opened.completeExceptionally(e);
            }
        }, "printer-usb-open");
        opener.setDaemon(true);
        opener.start();
        try {
            return opened.get(openTimeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            opened.completeExceptionally(e);
            if (kind == FileKind.FIFO) {
                wakeOpener();
            }
            throw new IOException(device + " did not open within " + openTimeout.toMillis() + " ms"
                    + (kind == FileKind.FIFO ? " (a pipe with nothing reading it)" : ""));
        } catch (ExecutionException e) {
            throw e.getCause() instanceof IOException io ? io : new IOException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while opening " + device, e);
        }
    }

    /** The opener waits for a reader of the pipe: be that reader for a moment, read-write so this never blocks. */
    private void wakeOpener() {
        try {
            new RandomAccessFile(device.toFile(), "rw").close();
        } catch (IOException e) {
            // The pipe is gone: the opener failed on its own.
        }
    }

    /** A file or pipe: bytes out, nothing ever comes back. */
    private static class FileConnection implements PrinterConnection {
        private final FileChannel out;
        private final BoundedWrites writes;

        FileConnection(FileChannel out, Duration writeTimeout, String name) {
            this.out = out;
            this.writes = new BoundedWrites(out, writeTimeout, name);
        }

        @Override
        public void write(byte[] bytes) throws IOException {
            writes.write(ByteBuffer.wrap(bytes));
        }

        @Override
        public int read(Duration timeout) throws IOException {
            return -1;
        }

        @Override
        public void discardInput() {
        }

        @Override
        public boolean answers() {
            return false;
        }

        @Override
        public void close() throws IOException {
            writes.close();
            out.close();
        }
    }

    /** A bidirectional character device: status answers are read by a daemon thread, since a read cannot time out. */
    private static final class DeviceConnection extends FileConnection {
        private final ReceivedBytes received;

        DeviceConnection(FileChannel out, FileChannel in, Duration writeTimeout, String name) {
            super(out, writeTimeout, name);
            this.received = new ReceivedBytes(in, "printer-usb-reader " + name);
        }

        @Override
        public int read(Duration timeout) throws IOException {
            return received.next(timeout);
        }

        @Override
        public void discardInput() {
            received.discard();
        }

        @Override
        public boolean answers() {
            return true;
        }

        @Override
        public void close() throws IOException {
            try {
                super.close();
            } finally {
                received.close();
            }
        }
    }
}
