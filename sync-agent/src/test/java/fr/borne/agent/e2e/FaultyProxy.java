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
                pump(client, upstream, false, false);
                pump(upstream, client, loseAnswers, true);
            } catch (IOException e) {
                // a refused upstream (central restarting) is one more fault the agent must bear
            }
        }
    }

    private void pump(Socket from, Socket to, boolean loseAndCut, boolean answers) {
        Thread pump = new Thread(() -> {
            byte[] buffer = new byte[16_384];
            try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
                int read;
                while ((read = in.read(buffer)) >= 0) {
                    if (loseAndCut && looksLikeAnswer(buffer, read)) {
                        break;
                    }
                    if (answers && answerDelayMillis > 0) {
                        Thread.sleep(answerDelayMillis);
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

    /** TLS application data (record type 23) from the server: an HTTP answer, lost once the handshake is done. */
    private static boolean looksLikeAnswer(byte[] buffer, int read) {
        return read > 0 && buffer[0] == 23;
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
