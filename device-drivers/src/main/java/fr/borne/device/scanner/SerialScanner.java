package fr.borne.device.scanner;

import com.fazecast.jSerialComm.SerialPort;
import fr.borne.device.serial.SerialPorts;
import fr.borne.device.serial.SerialSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * A badge scanner on a serial line (RS-232 or USB CDC-ACM) read through jSerialComm.
 *
 * <p>One reader thread owns the port. It reads in short semi-blocking slices so silences are seen (idle-gap
 * framing) and a release is noticed quickly. A read of −1 means the device went away: the port is closed at once
 * (rather than listening to jSerialComm's stream of disconnect events), {@code Disconnected} is reported, and the
 * thread tries to reopen the port every reconnect delay until it is back, then reports {@code Connected}.
 */
public final class SerialScanner extends AbstractScanner {

    private static final Logger LOG = LoggerFactory.getLogger(SerialScanner.class);

    private final SerialSettings settings;
    private final ScanFraming framing;
    private final int readSliceMillis;
    private volatile boolean running;
    private Thread reader;

    public SerialScanner(SerialSettings settings, ScanFraming framing, Clock clock) {
        super("serial scanner " + settings.port(), framing.duplicateWindow(), clock);
        this.settings = settings;
        this.framing = framing;
        this.readSliceMillis = (int) Math.max(5, Math.min(50, framing.idleGap().toMillis() / 2));
    }

    @Override
    protected void onClaim() {
        running = true;
        reporter.resetLink();
        reader = new Thread(this::run, "scanner-serial");
        reader.setDaemon(true);
        reader.start();
    }

    @Override
    protected void onRelease() {
        running = false;
        Thread t = reader;
        reader = null;
        if (t != null) {
            t.interrupt();
            try {
                t.join(TimeUnit.SECONDS.toMillis(2));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private void run() {
        FrameDecoder decoder = new FrameDecoder(framing);
        byte[] buffer = new byte[256];
        while (running) {
            Optional<SerialPort> opened = SerialPorts.open(settings, readSliceMillis, 1000);
            if (opened.isEmpty()) {
                reporter.disconnected();
                pause();
                continue;
            }
            SerialPort port = opened.get();
            reporter.connected();
            try {
                readUntilGone(port, decoder, buffer);
            } catch (RuntimeException e) {
                LOG.error("{}: reader failed, reopening the port", name(), e);
            } finally {
                port.closePort();
            }
            int dropped = decoder.abort();
            if (dropped > 0) {
                LOG.debug("{}: {} bytes of a scan cut by the disconnect dropped", name(), dropped);
            }
            if (running) {
                reporter.disconnected();
                pause();
            }
        }
    }

    private void readUntilGone(SerialPort port, FrameDecoder decoder, byte[] buffer) {
        while (running) {
            int n = port.readBytes(buffer, buffer.length);
            long now = System.nanoTime();
            if (n < 0) {
                return;
            }
            if (n > 0) {
                decoder.feed(buffer, 0, n, now, reporter::report);
            } else {
                decoder.idle(now, reporter::report);
            }
        }
    }

    private void pause() {
        try {
            Thread.sleep(settings.reconnectDelay().toMillis());
        } catch (InterruptedException e) {
            // release() interrupts to stop at once; the loop checks running.
            Thread.currentThread().interrupt();
            running = false;
        }
    }
}
