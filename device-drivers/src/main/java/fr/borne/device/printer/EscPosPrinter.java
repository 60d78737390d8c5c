package fr.borne.device.printer;

import fr.borne.device.AbstractDevice;
import fr.borne.device.DeviceState;
import fr.borne.device.receipt.Receipt;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.util.Arrays;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * An ESC/POS receipt printer over any {@link PrinterTransport}.
 *
 * <p>Each job asks the real-time status before sending (a printer out of paper just goes offline and, over TCP,
 * still accepts bytes). A receipt counts as printed only when the printer says it is on paper: the job ends with a
 * {@code GS ( H} process ID, which the printer answers once everything before it is printed (bytes written are only
 * in its buffer). Paper running out or the cover opening mid-receipt is a failed result; no answer within the print
 * timeout is "may be incomplete". So a receipt reported printed was printed, and printing it again after a failure
 * never duplicates a confirmed one. Printers that cannot acknowledge ({@code jobAck} off) are checked by status
 * right after sending, which only catches what has already happened.
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
    private final JobConfirmation confirmation;
    private final ProcessIds processIds = new ProcessIds();
    private PrinterConnection connection;
    private PrinterReplies replies;
    private ScheduledExecutorService poller;

    public EscPosPrinter(PrinterTransport transport, PrinterProfile profile) {
        super("ESC/POS printer " + transport.describe());
        this.transport = transport;
        this.profile = profile;
        this.renderer = new EscPosRenderer(profile);
        this.confirmation = new JobConfirmation(profile);
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
            String processId = confirmable() ? processIds.next() : null;
            try {
                connection.write(processId == null ? bytes : withProcessId(bytes, processId));
            } catch (IOException e) {
                LOG.warn("{}: job {} write failed: {}", name(), job, e.getMessage());
                disconnect();
                statuses.update(PrinterStatus.OFFLINE);
                return new PrintResult.Failed(job, PrintFailure.WRITE_ERROR, "connection to the printer lost while printing; print again");
            }
            return processId == null ? checkedAfter(job, bytes.length) : confirmed(job, processId, bytes.length);
        }
    }

    /** Whether the printer can say when a job is on paper: it answers, and acknowledges process IDs. */
    private boolean confirmable() {
        return profile.statusQuery() && profile.jobAck() && connection.answers();
    }

    private static byte[] withProcessId(byte[] job, String processId) {
        byte[] ack = EscPos.processId(processId);
        byte[] all = Arrays.copyOf(job, job.length + ack.length);
        System.arraycopy(ack, 0, all, job.length, ack.length);
        return all;
    }

    /** The job counts as printed only once the printer acknowledges its process ID. */
    private PrintResult confirmed(long job, String processId, int size) {
        JobConfirmation.Outcome outcome;
        try {
            outcome = confirmation.await(replies, processId);
        } catch (IOException e) {
            LOG.warn("{}: job {} connection lost while printing: {}", name(), job, e.getMessage());
            disconnect();
            statuses.update(PrinterStatus.OFFLINE);
            return new PrintResult.Failed(job, PrintFailure.WRITE_ERROR,
                    "connection to the printer lost while printing, the receipt may be incomplete; check it before printing again");
        }
        return switch (outcome.verdict()) {
            case PRINTED -> {
                LOG.info("{}: job {} printed, confirmed by the printer ({} bytes)", name(), job, size);
                statuses.update(queryStatus());
                yield new PrintResult.Printed(job);
            }
            case STOPPED -> {
                LOG.warn("{}: job {} stopped before its end, printer {}", name(), job, outcome.status());
                statuses.update(outcome.status());
                yield failed(job, outcome.status(), "printing stopped before the end of the receipt; print it again once fixed");
            }
            case UNCONFIRMED -> {
                LOG.warn("{}: job {} not confirmed within {} (printer {}); if this printer never confirms, set job-ack off",
                        name(), job, profile.printTimeout(), outcome.status());
                statuses.update(outcome.status());
                yield new PrintResult.Failed(job, PrintFailure.OFFLINE,
                        "the printer did not confirm the receipt, it may be incomplete; check it before printing again");
            }
        };
    }

    /** Without acknowledgement the best left is the status right after sending, when the printer can answer. */
    private PrintResult checkedAfter(long job, int size) {
        PrinterStatus after = queryStatus();
        statuses.update(after);
        if (!after.canPrint()) {
            LOG.warn("{}: job {} interrupted, printer {}", name(), job, after);
            return failed(job, after, "printing stopped, the receipt may be incomplete; print it again once fixed");
        }
        LOG.info("{}: job {} sent, not confirmed by the printer ({} bytes)", name(), job, size);
        return new PrintResult.Printed(job);
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
        if (!profile.statusQuery() || !c.get().answers()) {
            return PrinterStatus.ONLINE;
        }
        try {
            replies.discardStale();
            Optional<PrinterStatus> status = replies.askStatus(profile.statusTimeout());
            if (status.isEmpty()) {
                // A printer that stopped answering may have been replaced or restarted: start afresh next time.
                disconnect();
            }
            return status.orElse(PrinterStatus.OFFLINE);
        } catch (IOException e) {
            LOG.debug("{}: status query failed: {}", name(), e.getMessage());
            disconnect();
            return PrinterStatus.OFFLINE;
        }
    }

    private Optional<PrinterConnection> connected() {
        if (connection == null) {
            try {
                connection = transport.connect();
                replies = new PrinterReplies(connection);
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
            replies = null;
        }
    }
}
