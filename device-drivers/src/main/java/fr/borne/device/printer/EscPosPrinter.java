package fr.borne.device.printer;

import fr.borne.device.AbstractDevice;
import fr.borne.device.DeviceState;
import fr.borne.device.receipt.Receipt;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * An ESC/POS receipt printer over any {@link PrinterTransport}.
 *
 * <p>Each job asks the real-time status before sending (a printer out of paper just goes offline and, over TCP,
 * still accepts bytes) and again after, so paper running out mid-receipt is a failed result, never a silent loss.
 * A lost connection is dropped and reopened on the next job or status poll, so unplugging and replugging needs
 * nothing from the caller. The same {@link Receipt} can simply be printed again after a failure.
 */
public final class EscPosPrinter extends AbstractDevice implements ReceiptPrinter {

    private static final Logger LOG = LoggerFactory.getLogger(EscPosPrinter.class);

    private final PrinterTransport transport;
    private final PrinterProfile profile;
    private final EscPosRenderer renderer;
    private final PrinterStatusListeners statuses;
    private final AtomicLong jobs = new AtomicLong();
    private final Object io = new Object();
    private PrinterConnection connection;
    private ScheduledExecutorService poller;

    public EscPosPrinter(PrinterTransport transport, PrinterProfile profile) {
        super("ESC/POS printer " + transport.describe());
        this.transport = transport;
        this.profile = profile;
        this.renderer = new EscPosRenderer(profile);
        this.statuses = new PrinterStatusListeners(name());
    }

    @Override
    public void addStatusListener(PrinterStatusListener listener) {
        statuses.add(listener);
    }

    @Override
    public void removeStatusListener(PrinterStatusListener listener) {
        statuses.remove(listener);
    }

    @Override
    protected void onClaim() {
        refreshStatus();
        if (!profile.statusPoll().isZero()) {
            poller = Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "printer-status");
                t.setDaemon(true);
                return t;
            });
            long period = profile.statusPoll().toMillis();
            poller.scheduleWithFixedDelay(this::refreshStatus, period, period, TimeUnit.MILLISECONDS);
        }
    }

    @Override
    protected void onRelease() {
        if (poller != null) {
            poller.shutdownNow();
            poller = null;
        }
        synchronized (io) {
            disconnect();
        }
    }

    @Override
    public PrinterStatus status() {
        if (state() == DeviceState.CLOSED || state() == DeviceState.OPENED) {
            return statuses.current();
        }
        return refreshStatus();
    }

    @Override
    public PrintResult print(Receipt receipt) {
        long job = jobs.incrementAndGet();
        if (!isEnabled()) {
            return new PrintResult.Failed(job, PrintFailure.NOT_ENABLED, "the printer is not enabled");
        }
        byte[] bytes = renderer.render(receipt);
        synchronized (io) {
            PrinterStatus before = queryStatus();
            statuses.update(before);
            if (!before.canPrint()) {
                LOG.warn("{}: job {} not sent, printer {}", name(), job, before);
                return failed(job, before, "not printed");
            }
            try {
                connection.write(bytes);
            } catch (IOException e) {
                LOG.warn("{}: job {} write failed: {}", name(), job, e.getMessage());
                disconnect();
                statuses.update(PrinterStatus.OFFLINE);
                return new PrintResult.Failed(job, PrintFailure.WRITE_ERROR, "connection to the printer lost while printing; print again");
            }
            PrinterStatus after = queryStatus();
            statuses.update(after);
            if (!after.canPrint()) {
                LOG.warn("{}: job {} interrupted, printer {}", name(), job, after);
                return failed(job, after, "printing stopped, the receipt may be incomplete; print it again once fixed");
            }
            LOG.info("{}: job {} printed ({} bytes)", name(), job, bytes.length);
            return new PrintResult.Printed(job);
        }
    }

    private PrintResult failed(long job, PrinterStatus status, String what) {
        String cause = switch (status) {
            case PAPER_OUT -> "paper out";
            case COVER_OPEN -> "cover open";
            default -> "printer offline or not answering";
        };
        return new PrintResult.Failed(job, PrintFailure.of(status), cause + ": " + what);
    }

    private PrinterStatus refreshStatus() {
        synchronized (io) {
            PrinterStatus s = queryStatus();
            statuses.update(s);
            return s;
        }
    }

    /** Connects if needed and asks the printer; any I/O trouble drops the connection and reads as offline. */
    private PrinterStatus queryStatus() {
        Optional<PrinterConnection> c = connected();
        if (c.isEmpty()) {
            return PrinterStatus.OFFLINE;
        }
        if (!profile.statusQuery()) {
            return PrinterStatus.ONLINE;
        }
        try {
            c.get().discardInput();
            int printer = ask(c.get(), 1);
            int cause = ask(c.get(), 2);
            int paper = ask(c.get(), 4);
            PrinterStatus status = StatusReading.interpret(printer, cause, paper);
            if (printer == StatusReading.NO_ANSWER) {
                // A printer that stopped answering may have been replaced or restarted: start afresh next time.
                disconnect();
            }
            return status;
        } catch (IOException e) {
            LOG.debug("{}: status query failed: {}", name(), e.getMessage());
            disconnect();
            return PrinterStatus.OFFLINE;
        }
    }

    private int ask(PrinterConnection c, int n) throws IOException {
        c.write(EscPos.statusRequest(n));
        return c.read(profile.statusTimeout());
    }

    private Optional<PrinterConnection> connected() {
        if (connection == null) {
            try {
                connection = transport.connect();
                LOG.info("{}: connected", name());
            } catch (IOException e) {
                LOG.debug("{}: cannot connect: {}", name(), e.getMessage());
                return Optional.empty();
            }
        }
        return Optional.of(connection);
    }

    private void disconnect() {
        if (connection != null) {
            try {
                connection.close();
            } catch (IOException e) {
                LOG.debug("{}: error closing connection: {}", name(), e.getMessage());
            }
            connection = null;
        }
    }
}
