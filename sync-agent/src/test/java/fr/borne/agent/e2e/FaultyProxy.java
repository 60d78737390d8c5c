package fr.borne.agent.e2e;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A TCP proxy on loopback between one agent and central, whose faults the test sets:
 * refuse connections (the kiosk is offline), let requests through and lose every
 * answer (central commits, the agent never hears of it), or hold each answer back a
 * while (a slow line, during which the agent may die).
 */
final class FaultyProxy implements AutoCloseable {

    enum Mode { UP, DOWN, LOSE_RESPONSES }

    private final ServerSocket listener;
    private final Set<Socket> open = ConcurrentHashMap.newKeySet();
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

    void retarget(int port) {
        this.targetPort = port;
        cutAll();
    }

    /** Every chunk central sends waits this long before it is passed on. */
    void answerDelay(java.time.Duration delay) {
        this.answerDelayMillis = delay.toMillis();
    }

    void mode(Mode newMode) {
        this.mode = newMode;
        cutAll();
    }

    private void accept() {
        while (!listener.isClosed()) {
            try {
                Socket client = listener.accept();
                if (mode == Mode.DOWN) {
                    client.close();
                    continue;
                }
                Socket upstream = new Socket(InetAddress.getLoopbackAddress(), targetPort);
                open.add(client);
                open.add(upstream);
                boolean loseAnswers = mode == Mode.LOSE_RESPONSES;
                TlsRequestWatch watch = new TlsRequestWatch();
                pump(client, upstream, watch, null);
                pump(upstream, client, null, loseAnswers ? watch : null);
            } catch (IOException e) {
                // a refused upstream (central restarting) is one more fault the agent must bear
            }
        }
    }

    /**
     * @param requests  watches the client's records, when this pump carries the client's bytes
     * @param loseAfter when this pump carries central's bytes and answers are to be lost: everything
     *                  central sends once the client's request has gone through is dropped, and the
     *                  connection cut
     */
    private void pump(Socket from, Socket to, TlsRequestWatch requests, TlsRequestWatch loseAfter) {
        boolean answers = requests == null;
        Thread pump = new Thread(() -> {
            byte[] buffer = new byte[16_384];
            try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
                int read;
                while ((read = in.read(buffer)) >= 0) {
                    if (loseAfter != null && loseAfter.requestSent()) {
                        break;
                    }
                    if (answers && answerDelayMillis > 0) {
                        Thread.sleep(answerDelayMillis);
                    }
                    if (requests != null) {
                        // Noted before passing on, so central's answer can never overtake it.
                        requests.sent(buffer, read);
                    }
                    out.write(buffer, 0, read);
                    out.flush();
                }
            } catch (IOException e) {
                // the other side went away
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                closeQuietly(from);
                closeQuietly(to);
            }
        }, "pump");
        pump.setDaemon(true);
        pump.start();
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

        void sent(byte[] bytes, int length) {
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
                    }
                    lastType = type;
                }
            }
        }
    }

    private void cutAll() {
        for (Socket socket : open) {
            closeQuietly(socket);
        }
        open.clear();
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
    }
}
