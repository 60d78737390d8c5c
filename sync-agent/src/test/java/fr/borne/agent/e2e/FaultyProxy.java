package fr.borne.agent.e2e;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A TCP proxy on loopback between one agent and central, whose faults the test sets and
 * which counts every fault it did: refuse connections (the kiosk is offline), cut the open
 * ones, let requests through and lose the answer (central commits, the agent never hears
 * of it), hold one request back until a later one has gone through and then deliver it (a delayed packet
 * overtaken by the retry), or slow every answer down (the agent
 * may be killed between central's commit and hearing of it).
 */
final class FaultyProxy implements AutoCloseable {

    enum Mode { UP, DOWN, LOSE_RESPONSES }

    /** What this proxy did to the traffic, since it started. */
    record Counts(int refused, int cut, int lostAnswers, int reordered) {
    }

    private final ServerSocket listener;
    private final Set<Link> open = ConcurrentHashMap.newKeySet();
    private final AtomicInteger refused = new AtomicInteger();
    private final AtomicInteger cut = new AtomicInteger();
    private final AtomicInteger lostAnswers = new AtomicInteger();
    private final AtomicInteger reordered = new AtomicInteger();
    /** Requests passed on so far: a held request answered after this grew was overtaken. */
    private final AtomicLong requestsPassed = new AtomicLong();
    private final AtomicBoolean holdNext = new AtomicBoolean();
    private final List<Link> held = new CopyOnWriteArrayList<>();
    private final List<String> history = new CopyOnWriteArrayList<>();
    private volatile int targetPort;
    private volatile Mode mode = Mode.UP;
    private volatile long answerDelayMillis;

    FaultyProxy(int targetPort) throws IOException {
        this.targetPort = targetPort;
        this.listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread acceptor = new Thread(this::accept, "proxy-" + listener.getLocalPort());
        acceptor.setDaemon(true);
        acceptor.start();
    }

    int port() {
        return listener.getLocalPort();
    }

    Counts counts() {
        return new Counts(refused.get(), cut.get(), lostAnswers.get(), reordered.get());
    }

    /** Central moved (restarted on another port): open connections are cut, new ones go there. */
    void retarget(int port) {
        this.targetPort = port;
        cutAll();
    }

    /** Every chunk central sends waits this long before it is passed on. */
    void answerDelay(Duration delay) {
        this.answerDelayMillis = delay.toMillis();
    }

    void mode(Mode newMode) {
        this.mode = newMode;
        cutAll();
    }

    /**
     * The next request is kept here, its client left waiting until it gives up and retries on
     * a new connection; once that retry has gone through, the first attempt is delivered.
     */
    void holdNextRequest() {
        holdNext.set(true);
    }

    /** No more holding: the next request goes through, one still held is delivered. */
    void stopHolding() {
        if (holdNext.getAndSet(false)) {
            trace("no request came to hold");
        }
        releaseHeld();
    }

    /** Delivers the held requests to central; a reorder counts once central answers one that was overtaken. */
    private void releaseHeld() {
        for (Link link : held) {
            held.remove(link);
            link.release();
        }
    }

    private void accept() {
        while (!listener.isClosed()) {
            try {
                Socket client = listener.accept();
                if (mode == Mode.DOWN) {
                    refused.incrementAndGet();
                    client.close();
                    continue;
                }
                Socket upstream = new Socket(InetAddress.getLoopbackAddress(), targetPort);
                Link link = new Link(client, upstream, mode == Mode.LOSE_RESPONSES);
                open.add(link);
                link.start();
            } catch (IOException e) {
                // a refused upstream (central restarting) is one more fault the agent must bear
            }
        }
    }

    /** One client connection and its connection to central. */
    private final class Link {
        private final Socket client;
        private final Socket upstream;
        private final boolean loseAnswers;
        private final TlsRequestWatch watch = new TlsRequestWatch();
        private final List<byte[]> kept = new CopyOnWriteArrayList<>();
        private volatile boolean holding;
        private volatile boolean released;
        private volatile long passedWhenHeld;
        private volatile boolean closed;

        Link(Socket client, Socket upstream, boolean loseAnswers) {
            this.client = client;
            this.upstream = upstream;
            this.loseAnswers = loseAnswers;
        }

        void start() {
            daemon(this::requests, "proxy-requests");
            daemon(this::answers, "proxy-answers");
        }

        private void requests() {
            byte[] buffer = new byte[16_384];
            try (InputStream in = client.getInputStream()) {
                OutputStream out = upstream.getOutputStream();
                int read;
                while ((read = in.read(buffer)) >= 0) {
                    // Noted before passing on, so central's answer can never overtake it.
                    int start = watch.sent(buffer, read);
                    int pass = holding ? 0 : read;
                    if (start >= 0 && holdNext.compareAndSet(true, false)) {
                        // Central gets the handshake's end now, the request only when released.
                        passedWhenHeld = requestsPassed.get();
                        holding = true;
                        held.add(this);
                        pass = start;
                        trace("request held, " + (read - start) + " of " + read + " bytes kept");
                    }
                    if (holding) {
                        kept.add(Arrays.copyOfRange(buffer, pass, read));
                    }
                    out.write(buffer, 0, pass);
                    out.flush();
                    if (!holding && start >= 0) {
                        requestsPassed.incrementAndGet();
                        // The retry has reached central: the held first attempt follows it now.
                        releaseHeld();
                    }
                }
            } catch (IOException e) {
                // the client went away
            }
            if (holding) {
                trace("the held request's client gave up");
            }
            if (!holding) {
                close();
            }
            // A held request keeps its connection to central open until it is released.
        }

        private void answers() {
            byte[] buffer = new byte[16_384];
            try (InputStream in = upstream.getInputStream()) {
                OutputStream out = client.getOutputStream();
                int read;
                while ((read = in.read(buffer)) >= 0) {
                    if (holding) {
                        trace((released ? "central answered the released request, " : "central sent, unasked, ")
                                + read + " bytes");
                        if (released) {
                            // Central answered the request it got late; its client gave up long ago.
                            if (requestsPassed.get() > passedWhenHeld) {
                                reordered.incrementAndGet();
                            }
                            break;
                        }
                        // Session tickets for a client that is gone or left waiting: nothing to pass on.
                        continue;
                    }
                    if (loseAnswers && watch.requestSent()) {
                        lostAnswers.incrementAndGet();
                        break;
                    }
                    if (answerDelayMillis > 0) {
                        Thread.sleep(answerDelayMillis);
                    }
                    out.write(buffer, 0, read);
                    out.flush();
                }
            } catch (IOException e) {
                // the other side went away
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            if (holding) {
                trace("central's side of the held request closed");
            }
            close();
        }

        void release() {
            trace("released, " + kept.size() + " chunks" + (closed ? " on a closed link" : ""));
            released = true;
            try {
                OutputStream out = upstream.getOutputStream();
                for (byte[] chunk : kept) {
                    out.write(chunk);
                }
                out.flush();
            } catch (IOException e) {
                close();
            }
        }

        /** Cut by the test; true when it was still open. */
        boolean cut() {
            if (closed || holding) {
                return false;
            }
            close();
            return true;
        }

        void close() {
            closed = true;
            open.remove(this);
            closeQuietly(client);
            closeQuietly(upstream);
        }
    }

    /** What happened to held requests, to explain a reorder that did not happen. */
    List<String> heldHistory() {
        return List.copyOf(history);
    }

    private void trace(String event) {
        history.add(System.currentTimeMillis() % 100_000 + " " + event);
    }

    private static void daemon(Runnable work, String name) {
        Thread thread = new Thread(work, name);
        thread.setDaemon(true);
        thread.start();
    }

    /**
     * Follows the TLS records a client sends, to tell when its first request has gone through:
     * the first application-data record (type 23) that is not TLS 1.3's encrypted Finished (the
     * one right after the change-cipher-spec record, type 20). The server's handshake, also sent
     * as application data in TLS 1.3, is not an answer and must pass.
     */
    static final class TlsRequestWatch {
        private final byte[] header = new byte[5];
        private int headerFill;
        private int bodyLeft;
        private int lastType = -1;
        private volatile boolean requestSent;

        boolean requestSent() {
            return requestSent;
        }

        /** Follows these bytes; returns where the request's first record starts in them, or -1. */
        int sent(byte[] bytes, int length) {
            int i = 0;
            while (i < length && !requestSent) {
                if (bodyLeft > 0) {
                    int skip = Math.min(bodyLeft, length - i);
                    bodyLeft -= skip;
                    i += skip;
                    continue;
                }
                header[headerFill++] = bytes[i++];
                if (headerFill == header.length) {
                    int type = header[0];
                    bodyLeft = ((header[3] & 0xFF) << 8) | (header[4] & 0xFF);
                    headerFill = 0;
                    if (type == 23 && lastType != 20) {
                        requestSent = true;
                        return Math.max(0, i - header.length);
                    }
                    lastType = type;
                }
            }
            return -1;
        }
    }

    private void cutAll() {
        for (Link link : open) {
            if (link.cut()) {
                cut.incrementAndGet();
            }
        }
    }

    private static void closeQuietly(Socket socket) {
        try {
            socket.close();
        } catch (IOException ignored) {
            // already closed
        }
    }

    @Override
    public void close() throws IOException {
        listener.close();
        cutAll();
        held.forEach(Link::close);
    }
}
