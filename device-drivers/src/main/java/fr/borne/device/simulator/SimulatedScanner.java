package fr.borne.device.simulator;

import fr.borne.device.scanner.AbstractScanner;
import fr.borne.device.scanner.FrameDecoder;
import fr.borne.device.scanner.ScanFraming;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.InputStream;
import java.io.RandomAccessFile;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * A scanner fed from a shell: every line written to a loopback TCP port ({@code echo DEMO-0001 | nc localhost 7501})
 * or to a named pipe ({@code echo DEMO-0001 > /tmp/borne-scanner}) is a scan. The bytes go through the same
 * framing and checks as a serial scanner's, so a demo shows real rejections too.
 */
public final class SimulatedScanner extends AbstractScanner {

    private static final Logger LOG = LoggerFactory.getLogger(SimulatedScanner.class);

    private final int requestedPort;
    private final Optional<Path> pipe;
    private final ScanFraming framing;
    private final List<Thread> threads = new ArrayList<>();
    private volatile boolean running;
    private volatile ServerSocket server;

    /**
     * @param tcpPort loopback port to listen on; 0 picks a free one (see {@link #tcpPort()}); negative: no TCP input
     * @param pipe    a named pipe to create (if missing) and read
     */
    public SimulatedScanner(int tcpPort, Optional<Path> pipe, ScanFraming framing, Clock clock) {
        super("simulated scanner" + (tcpPort >= 0 ? " tcp " + tcpPort : "") + pipe.map(p -> " pipe " + p).orElse(""),
                framing.duplicateWindow(), clock);
        this.requestedPort = tcpPort;
        this.pipe = pipe;
        this.framing = framing;
    }

    /** The TCP port actually listened on while claimed. */
    public Optional<Integer> tcpPort() {
        ServerSocket s = server;
        return s == null ? Optional.empty() : Optional.of(s.getLocalPort());
    }

    @Override
    protected void onClaim() {
        running = true;
        reporter.resetLink();
        if (requestedPort >= 0) {
            try {
                server = new ServerSocket(requestedPort, 10, InetAddress.getLoopbackAddress());
                start("scanner-sim-tcp", this::acceptLoop);
                LOG.info("{}: scans accepted on 127.0.0.1:{}", name(), server.getLocalPort());
            } catch (IOException e) {
                LOG.error("{}: cannot listen on port {}: {}", name(), requestedPort, e.getMessage());
            }
        }
        pipe.ifPresent(p -> start("scanner-sim-pipe", () -> pipeLoop(p)));
        reporter.connected();
    }

    @Override
    protected void onRelease() {
        running = false;
        ServerSocket s = server;
        server = null;
        if (s != null) {
            try {
                s.close();
            } catch (IOException e) {
                LOG.debug("closing simulator socket: {}", e.getMessage());
            }
        }
        // The reader waits in read(): one byte wakes it to see running=false (it never feeds a byte read after
        // stopping). Opened read-write, which on Linux never blocks on a FIFO, even with no reader left.
        pipe.filter(Files::exists).ifPresent(p -> {
            try (RandomAccessFile wake = new RandomAccessFile(p.toFile(), "rw")) {
                wake.write('\n');
            } catch (IOException e) {
                LOG.debug("waking pipe reader: {}", e.getMessage());
            }
        });
        for (Thread t : threads) {
            try {
                t.join(TimeUnit.SECONDS.toMillis(2));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        threads.clear();
        reporter.disconnected();
    }

    private void start(String threadName, Runnable body) {
        Thread t = new Thread(body, threadName);
        t.setDaemon(true);
        threads.add(t);
        t.start();
    }

    private void acceptLoop() {
        ServerSocket s = server;
        while (running && s != null && !s.isClosed()) {
            try {
                Socket client = s.accept();
                Thread t = new Thread(() -> serve(client), "scanner-sim-client");
                t.setDaemon(true);
                t.start();
            } catch (IOException e) {
                if (running) {
                    LOG.warn("{}: accept failed: {}", name(), e.getMessage());
                }
            }
        }
    }

    private void serve(Socket client) {
        int slice = (int) Math.max(5, Math.min(50, framing.idleGap().toMillis() / 2));
        FrameDecoder decoder = new FrameDecoder(framing);
        byte[] buffer = new byte[256];
        try (client; InputStream in = client.getInputStream()) {
            client.setSoTimeout(slice);
            while (running) {
                int n;
                try {
                    n = in.read(buffer);
                } catch (SocketTimeoutException idle) {
                    decoder.idle(System.nanoTime(), reporter::report);
                    continue;
                }
                if (n < 0) {
                    break;
                }
                decoder.feed(buffer, 0, n, System.nanoTime(), reporter::report);
            }
            decoder.endOfStream(reporter::report);
        } catch (IOException e) {
            LOG.debug("{}: client closed: {}", name(), e.getMessage());
        }
    }

    private void pipeLoop(Path path) {
        try {
            if (!Files.exists(path)) {
                Process mk = new ProcessBuilder("mkfifo", "-m", "600", path.toString()).inheritIO().start();
                if (mk.waitFor() != 0) {
                    LOG.error("{}: mkfifo {} failed", name(), path);
                    return;
                }
            }
        } catch (IOException e) {
            LOG.error("{}: cannot create pipe {}: {}", name(), path, e.getMessage());
            return;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        byte[] buffer = new byte[256];
        FrameDecoder decoder = new FrameDecoder(framing);
        // Opened read-write once: the pipe always has a writer (this one), so the reader never meets an end of
        // file and never reopens it; a writer arriving while it reopened would find the pipe closed under it
        // (a broken pipe). Scans are framed by their terminator (echo ends its line), as from a serial scanner.
        try (RandomAccessFile in = new RandomAccessFile(path.toFile(), "rw")) {
            int n;
            while ((n = in.read(buffer)) >= 0 && running) {
                decoder.feed(buffer, 0, n, System.nanoTime(), reporter::report);
            }
        } catch (IOException e) {
            LOG.warn("{}: pipe {} unreadable: {}", name(), path, e.getMessage());
        }
    }
}
