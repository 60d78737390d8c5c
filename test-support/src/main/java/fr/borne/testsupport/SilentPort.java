package fr.borne.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;

/**
 * A loopback port that takes connections and never answers: a server socket that is kept
 * bound and never accepts, so the kernel completes the handshake into its backlog and the
 * caller's read times out. Stands for a central server that hangs.
 */
public final class SilentPort implements AutoCloseable {

    private final ServerSocket socket;

    private SilentPort(ServerSocket socket) {
        this.socket = socket;
    }

    public static SilentPort open() {
        try {
            return new SilentPort(new ServerSocket(0, 50, InetAddress.getLoopbackAddress()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public int port() {
        return socket.getLocalPort();
    }

    /** {@code http://127.0.0.1:<port>}. */
    public String httpUrl() {
        return "http://127.0.0.1:" + port();
    }

    @Override
    public void close() {
        try {
            socket.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
